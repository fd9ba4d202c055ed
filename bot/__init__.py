"""Wegwijzer: a Dutch chat-bot signpost to an organisation's help lines."""
