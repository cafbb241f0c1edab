"""Where events happened: a gazetteer of Arabic place names and the place of an event."""
from rasd.geo.gazetteer import Gazetteer, Place
from rasd.geo.location import event_location, find_dateline, find_visit_host

__all__ = ["Gazetteer", "Place", "event_location", "find_dateline", "find_visit_host"]
