"""Rasa custom actions, one per module."""
