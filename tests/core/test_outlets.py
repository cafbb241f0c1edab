from rasd.outlets import Outlets


def test_outlets_by_name_and_by_domain():
    o = Outlets.load()
    assert o.country_of("Jawhara FM") == "TUN"
    assert o.country_of(None, "http://www.jawharafm.net/ar/article/x") == "TUN"
    assert o.country_of("بوابة الوسط") == "LBY"
    assert o.country_of("Al Jazeera") is None and o.country_of(None, "https://example.org/a") is None


def test_a_role_without_country_takes_the_outlet_country(small_pipeline):
    from rasd.model import Document

    doc = Document("t", "تظاهر محتجون أمام مقر الولاية.")
    doc.cache["outlet"] = "Jawhara FM"
    ev = small_pipeline.run(doc).events[0]
    assert (ev.source.country, ev.source.sector, ev.cameo) == ("TUN", "CVL", "141")
