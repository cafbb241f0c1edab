"""Language is identified per document and per paragraph: other-language paragraphs are left out."""
from rasd.ingest import RawDocument, read


def test_a_french_paragraph_in_an_arabic_article_is_left_out_and_said(tmp_path):
    text = ("وصل وزير الخارجية الفرنسي إلى تونس اليوم في زيارة رسمية تستمر يومين.\n"
            "Le ministre français des affaires étrangères est arrivé à Tunis pour une visite officielle.\n"
            "وبحث الوزير مع نظيره التونسي ملفات التعاون الثنائي.")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read([path]))
    assert isinstance(doc, RawDocument)
    assert "Le ministre" not in doc.text and "وبحث الوزير" in doc.text
    assert doc.skipped_paragraphs == ((1, "fr"),)


def test_arabic_paragraphs_and_short_latin_lines_stay(tmp_path):
    text = "تظاهر مئات المواطنين في القصرين للمطالبة بالتشغيل.\nUGTT\nوطالب المحتجون بالتنمية."
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read([path]))
    assert doc.text == text and doc.skipped_paragraphs == ()
