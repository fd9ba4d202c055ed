"""aiohttp web front: chat, verwijskaart and statistics."""
