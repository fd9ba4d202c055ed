/* Wegwijzer chat widget. Embed with:
 *   <script src="https://wegwijzer.example/widget.js" defer></script>
 * On the Wegwijzer page itself it fills <div data-wegwijzer="inline">. Everything the user
 * types stays in this page's memory: no cookies, no storage, nothing kept after closing. */
(function () {
  "use strict";

  var script = document.currentScript;
  // Talk to the server this script came from, also when embedded on another site.
  var BASE = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var GREETING =
    "Hallo! Vertel in je eigen woorden wat er speelt. Noem liever geen namen. " +
    "Ik wijs je de weg naar de hulp die past.";
  var uid = 0;

  function randomId() {
    // getRandomValues also works on plain http intranet pages (randomUUID does not).
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // A language code such as "en" or "en-GB" (the server's hint is checked before use).
  var LANG_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

  /* The language hint the server sends with a message (bot/message_language.py):
   * {lang, lines?}, one code per line. Anything else counts as no hint. */
  function languageHint(metadata, text) {
    if (!metadata || typeof metadata.lang !== "string" || !LANG_CODE.test(metadata.lang)) return null;
    var lines = metadata.lines;
    var count = String(text || "").split("\n").length;
    var valid =
      Array.isArray(lines) &&
      lines.length === count &&
      lines.every(function (code) {
        return typeof code === "string" && LANG_CODE.test(code);
      });
    return { lang: metadata.lang, lines: valid ? lines : null };
  }

  /* Bot text is plain text: newlines become <br>, **bold** becomes <strong>. Only text
   * nodes are created, so markup in a message is shown literally and never runs. A line in
   * another language than the message (hint.lines) gets its own <span lang>, so a screen
   * reader reads it with the right voice (WCAG 3.1.2). */
  function renderText(target, text, hint) {
    String(text || "")
      .split("\n")
      .forEach(function (line, i) {
        if (i > 0) target.appendChild(document.createElement("br"));
        var into = target;
        var lang = hint && hint.lines ? hint.lines[i] : null;
        if (lang && lang !== hint.lang) {
          into = el("span", "ww-part");
          into.setAttribute("lang", lang);
          target.appendChild(into);
        }
        var parts = line.split("**");
        if (parts.length % 2 === 0) {
          // An unmatched ** stays as typed.
          var last = parts.pop();
          parts[parts.length - 1] += "**" + last;
        }
        parts.forEach(function (part, j) {
          if (!part) return;
          if (j % 2 === 1) into.appendChild(el("strong", null, part));
          else into.appendChild(document.createTextNode(part));
        });
      });
  }

  function Chat(container, inline) {
    this.inline = inline;
    this.sender = randomId();
    this.transcript = []; // {who: "user"|"bot", text, helplines?}; memory only
    this.busy = false;
    this.helplineCache = null;
    this.id = "ww" + ++uid;
    this.build(container);
    this.addBot(GREETING, true);
  }

  Chat.prototype.build = function (container) {
    var self = this;
    var id = this.id;
    var root = el("div", "ww-root" + (this.inline ? " ww-inline" : " ww-floating"));
    root.setAttribute("lang", "nl");

    var panel = el("section", "ww-panel");
    panel.id = id + "-panel";
    panel.setAttribute("aria-label", "Chat met Wegwijzer");

    if (!this.inline) {
      var toggle = el("button", "ww-toggle", "Hulp nodig? Chat met Wegwijzer");
      toggle.type = "button";
      toggle.setAttribute("aria-expanded", "false");
      toggle.setAttribute("aria-controls", panel.id);
      toggle.addEventListener("click", function () {
        self.setOpen(panel.hidden);
      });
      this.toggle = toggle;
      panel.hidden = true;
      var head = el("div", "ww-head");
      head.appendChild(el("h2", "ww-title", "Wegwijzer"));
      var close = el("button", "ww-close", "Sluiten");
      close.type = "button";
      close.addEventListener("click", function () {
        self.setOpen(false);
      });
      head.appendChild(close);
      panel.appendChild(head);
      var note = el("p", "ww-note");
      note.appendChild(document.createTextNode("Wat je typt, wordt niet bewaard. Liever niet chatten? "));
      var link = el("a", null, "Bekijk alle hulplijnen");
      link.href = BASE + "/verwijskaart";
      note.appendChild(link);
      panel.appendChild(note);
      panel.addEventListener("keydown", function (ev) {
        if (ev.key === "Escape") self.setOpen(false);
      });
      root.appendChild(toggle);
    }

    var log = el("div", "ww-log");
    log.id = id + "-log";
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", "Gesprek");
    log.tabIndex = 0; // scrollable region: reachable by keyboard
    panel.appendChild(log);

    var form = el("form", "ww-form");
    form.noValidate = true;
    var label = el("label", "ww-label", "Typ je bericht");
    var input = el("input", "ww-input");
    input.type = "text";
    input.id = this.inline ? "ww-input" : id + "-input";
    input.autocomplete = "off";
    input.setAttribute("autocapitalize", "sentences");
    input.spellcheck = true;
    var maxChars = parseInt(container && container.getAttribute("data-max-chars"), 10);
    if (maxChars > 0) input.maxLength = maxChars;
    label.htmlFor = input.id;
    var send = el("button", "ww-send", "Verstuur");
    send.type = "submit";
    var row = el("div", "ww-row");
    row.appendChild(input);
    row.appendChild(send);
    form.appendChild(label);
    form.appendChild(row);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (self.busy) {
        self.showStatus("Even wachten: Wegwijzer is nog bezig.");
        return;
      }
      var text = input.value.trim();
      if (!text) {
        self.showStatus("Typ eerst een bericht.");
        input.focus();
        return;
      }
      input.value = "";
      self.send(text, text);
    });
    panel.appendChild(form);

    // Answer buttons sit right after the input, so Tab reaches them from there.
    var choices = el("div", "ww-choices");
    choices.setAttribute("role", "group");
    choices.setAttribute("aria-label", "Kies een antwoord");
    choices.hidden = true;
    panel.appendChild(choices);

    var status = el("p", "ww-status");
    status.setAttribute("role", "status");
    panel.appendChild(status);

    var tools = el("div", "ww-tools");
    var take = el("button", "ww-take", "Neem dit mee");
    take.type = "button";
    take.setAttribute("aria-controls", id + "-takeaway");
    take.setAttribute("aria-expanded", "false");
    take.addEventListener("click", function () {
      self.openTakeaway();
    });
    tools.appendChild(take);
    panel.appendChild(tools);

    var sheet = el("section", "ww-takeaway");
    sheet.id = id + "-takeaway";
    sheet.hidden = true;
    sheet.setAttribute("aria-labelledby", id + "-takeaway-title");
    var sheetTitle = el("h3", null, "Neem dit mee");
    sheetTitle.id = id + "-takeaway-title";
    sheetTitle.tabIndex = -1;
    sheet.appendChild(sheetTitle);
    sheet.appendChild(
      el("p", "ww-hint", "Dit overzicht maakt je eigen browser. Er gaat niets naar de server. Bewaar het op een veilige plek.")
    );
    var summary = el("pre", "ww-summary");
    summary.tabIndex = 0;
    sheet.appendChild(summary);
    var actions = el("div", "ww-actions");
    var download = el("button", null, "Download als tekstbestand");
    download.type = "button";
    download.addEventListener("click", function () {
      self.download();
    });
    var print = el("button", null, "Afdrukken");
    print.type = "button";
    print.addEventListener("click", function () {
      self.print();
    });
    var hide = el("button", null, "Sluit overzicht");
    hide.type = "button";
    hide.addEventListener("click", function () {
      sheet.hidden = true;
      take.setAttribute("aria-expanded", "false");
      take.focus();
    });
    actions.appendChild(download);
    actions.appendChild(print);
    actions.appendChild(hide);
    sheet.appendChild(actions);
    panel.appendChild(sheet);

    root.appendChild(panel);
    (this.inline ? container : document.body).appendChild(root);

    this.root = root;
    this.panel = panel;
    this.log = log;
    this.input = input;
    this.choices = choices;
    this.status = status;
    this.take = take;
    this.sheet = sheet;
    this.sheetTitle = sheetTitle;
    this.summary = summary;
  };

  Chat.prototype.setOpen = function (open) {
    this.panel.hidden = !open;
    this.toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) this.input.focus();
    else this.toggle.focus();
  };

  Chat.prototype.bubble = function (who, speaker) {
    var item = el("div", "ww-msg ww-" + who);
    item.appendChild(el("span", "ww-sr", speaker + ": "));
    this.log.appendChild(item);
    return item;
  };

  Chat.prototype.scroll = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  Chat.prototype.addUser = function (text) {
    var item = this.bubble("user", "Jij");
    item.appendChild(el("span", "ww-text", text));
    this.transcript.push({ who: "user", text: text });
    this.scroll();
  };

  Chat.prototype.addBot = function (text, greeting, metadata) {
    var item = this.bubble("bot", "Wegwijzer");
    var body = el("span", "ww-text");
    var hint = languageHint(metadata, text);
    // The speaker's name stays Dutch; the message itself is read in its own language.
    if (hint) body.setAttribute("lang", hint.lang);
    renderText(body, text, hint);
    item.appendChild(body);
    if (!greeting) this.transcript.push({ who: "bot", text: text });
    this.scroll();
    return item;
  };

  Chat.prototype.addHelplines = function (message, helplines) {
    var item = this.addBot(message);
    var list = el("ul", "ww-helplines");
    (helplines || []).forEach(function (h) {
      var li = el("li");
      li.appendChild(el("strong", null, h.naam));
      var contact = el("ul", "ww-contact");
      Object.keys(h.contact || {}).forEach(function (key) {
        contact.appendChild(el("li", null, key + ": " + h.contact[key]));
      });
      li.appendChild(contact);
      list.appendChild(li);
    });
    item.appendChild(list);
    this.transcript[this.transcript.length - 1].helplines = helplines || [];
    this.scroll();
  };

  Chat.prototype.showChoices = function (buttons) {
    var self = this;
    this.choices.textContent = "";
    buttons.forEach(function (b) {
      var button = el("button", "ww-choice", b.title);
      button.type = "button";
      button.addEventListener("click", function () {
        self.send(b.payload, b.title);
      });
      self.choices.appendChild(button);
    });
    this.choices.hidden = buttons.length === 0;
  };

  Chat.prototype.showStatus = function (text) {
    this.status.textContent = text || "";
  };

  Chat.prototype.send = function (message, shown) {
    var self = this;
    if (this.busy) return;
    this.busy = true;
    this.addUser(shown);
    this.showChoices([]);
    this.showStatus("Wegwijzer denkt na…");
    this.log.setAttribute("aria-busy", "true");
    this.input.focus();
    fetch(BASE + "/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: this.sender, message: message }),
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return null;
          })
          .then(function (data) {
            return { status: response.status, data: data };
          });
      })
      .then(function (result) {
        var data = result.data;
        if (result.status === 200 && Array.isArray(data)) {
          var buttons = [];
          data.forEach(function (m) {
            if (m.text) self.addBot(m.text, false, m.metadata);
            if (Array.isArray(m.buttons) && m.buttons.length) buttons = m.buttons;
          });
          if (!data.length) self.addBot("Sorry, daar heb ik geen antwoord op. Probeer het anders te zeggen.");
          self.showChoices(buttons);
        } else if (data && data.helplines) {
          self.addHelplines(data.error, data.helplines);
        } else {
          self.addBot((data && data.error) || "Er ging iets mis. Probeer het opnieuw.");
        }
      })
      .catch(function () {
        self.addBot(
          "Ik kan de server nu niet bereiken. Kijk voor alle hulplijnen op " + BASE + "/verwijskaart"
        );
      })
      .then(function () {
        self.busy = false;
        self.showStatus("");
        self.log.removeAttribute("aria-busy");
        self.input.focus();
      });
  };

  Chat.prototype.helplines = function () {
    var self = this;
    if (this.helplineCache) return Promise.resolve(this.helplineCache);
    // A plain GET for the public list: nothing about the conversation is sent.
    return fetch(BASE + "/api/helplines", { credentials: "omit", referrerPolicy: "no-referrer" })
      .then(function (r) {
        return r.ok ? r.json() : [];
      })
      .catch(function () {
        return [];
      })
      .then(function (list) {
        self.helplineCache = Array.isArray(list) ? list : [];
        return self.helplineCache;
      });
  };

  /* Help lines the bot named, in the order it named them. */
  Chat.prototype.recommended = function (all) {
    var found = [];
    var seen = {};
    this.transcript.forEach(function (entry) {
      if (entry.who !== "bot") return;
      (entry.helplines || []).forEach(function (h) {
        if (!seen[h.id]) {
          seen[h.id] = true;
          found.push({ at: -1, h: h });
        }
      });
      var lower = entry.text.toLowerCase();
      var hits = [];
      all.forEach(function (h) {
        var at = lower.indexOf(String(h.naam).toLowerCase());
        if (at >= 0 && !seen[h.id]) hits.push({ at: at, h: h });
      });
      hits.sort(function (a, b) {
        return a.at - b.at;
      });
      hits.forEach(function (hit) {
        seen[hit.h.id] = true;
        found.push(hit);
      });
    });
    return found.map(function (x) {
      return x.h;
    });
  };

  Chat.prototype.summaryText = function (all) {
    var lines = ["Neem dit mee - Wegwijzer", "Gemaakt op " + new Date().toLocaleDateString("nl-NL"), ""];
    var typed = this.transcript.filter(function (e) {
      return e.who === "user";
    });
    lines.push("Wat ik vertelde:");
    if (!typed.length) lines.push("- (nog niets)");
    typed.forEach(function (e) {
      lines.push("- " + e.text);
    });
    lines.push("");
    var recommended = this.recommended(all);
    lines.push("Hulplijnen die Wegwijzer noemde:");
    if (!recommended.length) lines.push("- (nog geen)");
    recommended.forEach(function (h) {
      lines.push("- " + h.naam);
      Object.keys(h.contact || {}).forEach(function (key) {
        lines.push("    " + key + ": " + h.contact[key]);
      });
    });
    lines.push("");
    lines.push("Dit overzicht is alleen op jouw apparaat gemaakt.");
    return lines.join("\n");
  };

  Chat.prototype.openTakeaway = function () {
    var self = this;
    this.helplines().then(function (all) {
      self.summary.textContent = self.summaryText(all);
      self.sheet.hidden = false;
      self.take.setAttribute("aria-expanded", "true");
      self.sheetTitle.focus();
    });
  };

  Chat.prototype.download = function () {
    var blob = new Blob([this.summary.textContent], { type: "text/plain;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var a = el("a");
    a.href = url;
    a.download = "wegwijzer-neem-dit-mee.txt";
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  };

  Chat.prototype.print = function () {
    // Print only the summary: a temporary sheet, everything else hidden by widget.css.
    var sheet = el("div", "ww-print-sheet");
    sheet.appendChild(el("pre", null, this.summary.textContent));
    document.body.appendChild(sheet);
    document.documentElement.classList.add("ww-printing");
    var done = function () {
      document.documentElement.classList.remove("ww-printing");
      sheet.remove();
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
    setTimeout(done, 1000);
  };

  function loadStyles() {
    if (document.querySelector("link[data-wegwijzer-css]")) return;
    var own = document.querySelector('link[href$="/static/widget.css"]');
    if (own) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = BASE + "/static/widget.css";
    link.setAttribute("data-wegwijzer-css", "");
    document.head.appendChild(link);
  }

  function start() {
    loadStyles();
    var inline = document.querySelectorAll('[data-wegwijzer="inline"]');
    if (inline.length) {
      Array.prototype.forEach.call(inline, function (c) {
        new Chat(c, true);
      });
    } else {
      new Chat(null, false);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
