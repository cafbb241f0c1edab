"""Where events happened: a gazetteer of Arabic place names and the place of an event."""
from rasd.geo.gazetteer import Gazetteer, Place
from rasd.geo.location import dateline, event_location

__all__ = ["Gazetteer", "Place", "dateline", "event_location"]
