/* "Welke hulplijn past?": asks /api/triage and shows the routes with their reasons.
 * Names come from the page itself; all output is built with textContent. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function label(category, subcategory) {
    var items = document.querySelectorAll("#triage-labels li");
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      if (item.getAttribute("data-cat") !== category) continue;
      var sub = item.getAttribute("data-sub");
      if ((subcategory && sub === subcategory) || (!subcategory && sub === null)) {
        return item.textContent;
      }
    }
    return subcategory || category;
  }

  function helpline(id) {
    var card = document.getElementById("hulplijn-" + id);
    if (!card) return { naam: id, wanneer: "" };
    var name = card.querySelector(".hl-naam");
    var when = card.querySelector('[data-field="wanneer"]');
    return { naam: name ? name.textContent : id, wanneer: when ? when.textContent : "" };
  }

  function routeList(ids) {
    if (!ids.length) return el("p", null, "Geen hulplijn: dit hoort bij een andere afdeling.");
    var list = el("ol", "routes");
    ids.forEach(function (id) {
      var info = helpline(id);
      var li = el("li");
      var link = el("a", null, info.naam);
      link.href = "#hulplijn-" + id;
      li.appendChild(link);
      if (info.wanneer) {
        li.appendChild(document.createTextNode(" – waarom: " + info.wanneer));
      }
      list.appendChild(li);
    });
    return list;
  }

  function show(target, data) {
    target.textContent = "";
    target.appendChild(el("h3", null, "Voorstel van Wegwijzer"));
    if (data.crisis) {
      target.appendChild(
        el("p", "warning", "Let op: dit lijkt op een crisis. Bij direct gevaar: bel 112. Denkt iemand aan zelfdoding: 113.")
      );
    }
    if (data.caution) {
      target.appendChild(
        el("p", "warning", "Geen crisis herkend, maar het kan erop lijken. Vraag ernaar: denkt iemand aan zelfdoding, bel 113; bij direct gevaar 112.")
      );
    }
    var facts = el("dl");
    facts.appendChild(el("dt", null, "Onderwerp"));
    facts.appendChild(el("dd", null, label(data.category)));
    facts.appendChild(el("dt", null, "Soort"));
    facts.appendChild(el("dd", null, data.subcategory ? label(data.category, data.subcategory) : "niet bepaald"));
    facts.appendChild(el("dt", null, "Zekerheid"));
    facts.appendChild(el("dd", null, Math.round((data.confidence || 0) * 100) + "%"));
    target.appendChild(facts);
    if (data.uncertain) {
      target.appendChild(
        el("p", "warning", "Wegwijzer twijfelt. Dit is de meest waarschijnlijke route; kijk ook in de tabel hieronder.")
      );
    }
    target.appendChild(el("p", null, "Hulplijnen, in deze volgorde:"));
    target.appendChild(routeList(data.helplines || []));
    (data.also || []).forEach(function (other) {
      target.appendChild(el("p", null, "Misschien speelt ook: " + label(other.category, other.subcategory)));
      target.appendChild(routeList(other.helplines || []));
    });
  }

  function start() {
    var form = document.getElementById("triage-form");
    var input = document.getElementById("triage-text");
    var result = document.getElementById("triage-result");
    if (!form || !input || !result) return;
    var busy = false;
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = input.value.trim();
      if (!text) {
        result.textContent = "";
        result.appendChild(el("p", "error", "Beschrijf eerst de situatie."));
        input.focus();
        return;
      }
      if (busy) return;
      busy = true;
      result.textContent = "Even zoeken…";
      fetch("/api/triage", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text }),
        credentials: "omit",
        cache: "no-store",
      })
        .then(function (r) {
          return r.json().then(function (data) {
            return { ok: r.ok, data: data };
          });
        })
        .then(function (res) {
          if (res.ok) show(result, res.data);
          else {
            result.textContent = "";
            result.appendChild(el("p", "error", (res.data && res.data.error) || "Er ging iets mis."));
          }
        })
        .catch(function () {
          result.textContent = "";
          result.appendChild(el("p", "error", "De server is niet bereikbaar. Gebruik de kaart hieronder."));
        })
        .then(function () {
          busy = false;
        });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
