"""Spelling variants the Tunisian corpus attests: both spellings of each pair occur in
../shared/corpus (the counts, over the folded text, are in the comments; a test checks them when the
corpus is here) and both resolve to the same actor. The press writes a name with or without the
article (المنجي/منجي الرحوي), with or without a long vowel (فرانسوا/فرنسوا، نتنياهو/نتانياهو),
with ج, غ or ق for g, with ص or س, ط or ت, and the kunya in its cases (أبو/أبي عياض). Pairs of
different actors that the same rules would bring together must stay apart."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from rasd.actors.kb import KnowledgeBase
from rasd.actors.stage import ActorStage
from rasd.grammar import Grammar
from rasd.model import Document
from rasd.text.normalize import fold, normalize
from rasd.text.segment import segment

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "jawharafm-2015-2017.jsonl.gz"

# (spelling a, spelling b, the actor both are); counts of a / b in the corpus
PAIRS = [
    # Tunisian names: the article on a given or a family name, a long vowel, ص/س, ط/ت, ي/ياء
    ("منصف المرزوقي", "المنصف المرزوقي", "moncef-marzouki"),  # 12 / 19
    ("محمد المنصف المرزوقي", "محمد منصف المرزوقي", "moncef-marzouki"),  # 7 / 2
    ("منجي الرحوي", "المنجي الرحوي", "mongi-rahoui"),  # 15 / 9
    ("الهادي مجدوب", "الهادي المجدوب", "hedi-majdoub"),  # 33 / 2
    ("هادي مجدوب", "هادي المجدوب", "hedi-majdoub"),  # 5 / 1
    ("مهدي بن غربية", "المهدي بن غربية", "mehdi-ben-gharbia"),  # 32 / 6
    ("مهدي جمعة", "المهدي جمعة", "mehdi-jomaa"),  # 53 / 1
    ("شفيق جراية", "شفيق الجراية", "chafik-jarraya"),  # 26 / 6
    ("سفيان السليطي", "سفيان السليتي", "sofiene-sliti"),  # 51 / 5
    ("ناجي جلول", "الناجي جلول", "neji-jalloul"),  # 121 / 4
    ("ماجدولين الشارني", "مجدولين الشارني", "majdouline-cherni"),  # 25 / 4
    ("فاضل عبد الكافي", "الفاضل عبد الكافي", "fadhel-abdelkefi"),  # 4 / 7
    ("زكرياء حمد", "زكريا حمد", "zakaria-hamad"),  # 2 / 4
    ("وداد بوشماوي", "وداد البوشماوي", "wided-bouchamaoui"),  # 17 / 2
    ("سليم خلبوس", "سليم خلبوص", "slim-khalbous"),  # 17 / 2
    ("محمد صالح العرفاوي", "محمد الصالح العرفاوي", "mohamed-salah-arfaoui"),  # 15 / 2
    ("أنور معروف", "الأنور معروف", "anouar-maarouf"),  # 11 / 2
    ("أنيس العامري", "أنيس عامري", "anis-amri"),  # 20 / 2
    ("صابرين القوبنطيني", "صابرين قوبنطيني", "sabrine-goubantini"),  # 9 / 1
    ("صبري باش طبجي", "صبري الباش طبجي", "sabri-bachtobji"),  # 2 / 1
    ("رونيه الطرابلسي", "رينيه الطرابلسي", "rene-trabelsi"),  # 1 / 1
    ("راضية النصراوي", "راضية نصراوي", "radhia-nasraoui"),  # 3 / 1
    ("ناجم الغرسلي", "الناجم الغرسلي", "najem-gharsalli"),  # 2 / 1
    ("منجي الحامدي", "المنجي الحامدي", "mongi-hamdi"),  # 1 / 1
    ("لسعد اليعقوبي", "لسعد يعقوبي", "lassaad-yacoubi"),  # 35 / 1
    ("خليفة السلطاني", "خليفة سلطاني", "khalifa-soltani"),  # 26 / 1
    ("فرحات الحرشاني", "فرحات حرشاني", "farhat-horchani"),  # 28 / 1
    ("مبروك كورشيد", "مبروك كرشيد", "mabrouk-korchid"),  # 7 / 3
    ("أبو عياض", "أبي عياض", "abu-iyadh"),  # 6 / 4
    # Arab names elsewhere
    ("أبو بكر البغدادي", "أبي بكر البغدادي", "abu-bakr-al-baghdadi"),  # 10 / 1
    ("عبد المالك سلال", "عبد الملك سلال", "abdelmalek-sellal"),  # 11 / 2
    ("عبد الحكيم بلحاج", "عبد الحكيم بالحاج", "abdel-hakim-belhadj"),  # 3 / 2
    ("عبد الرحمن السويحلي", "عبد الرحمان السويحلي", "abdulrahman-swehli"),  # 1 / 2
    ("فايز السراج", "فايز سراج", "fayez-al-sarraj"),  # 18 / 1
    ("ميشال عون", "ميشل عون", "michel-aoun"),  # 3 / 1
    # foreign names: long vowels, g as ج/غ, v/w, -on/-un
    ("فرنسوا هولاند", "فرانسوا هولاند", "francois-hollande"),  # 7 / 9
    ("فرنسوا هولاند", "فرنسوا هولند", "francois-hollande"),  # 7 / 1
    ("فرانسوا فيون", "فرنسوا فيون", "francois-fillon"),  # 14 / 7
    ("مانويل فالس", "مانوال فالس", "manuel-valls"),  # 7 / 6
    ("بنيامين نتنياهو", "بنيامين نتانياهو", "benjamin-netanyahu"),  # 11 / 2
    ("مارين لوبان", "مارين لوبن", "marine-le-pen"),  # 54 / 5
    ("كيم جونغ أون", "كيم جونج أون", "kim-jong-un"),  # 28 / 4
    ("أنجيلا ميركل", "أنجيلا ميركيل", "angela-merkel"),  # 22 / 2
    ("فلاديمير بوتين", "فلاديمير بوتن", "vladimir-putin"),  # 5 / 2
    ("توماس دي ميزير", "توماس دي ميزيير", "thomas-de-maiziere"),  # 2 / 3
    ("جان إيف لودريان", "جون إيف لودريان", "jean-yves-le-drian"),  # 3 / 2
    ("إيمانويل ماكرون", "إيمانوال ماكرون", "emmanuel-macron"),  # 54 / 2
    ("إيمانويل ماكرون", "إيمانول ماكرون", "emmanuel-macron"),  # 54 / 1
    ("سليمان صويلو", "سليمان سويلو", "suleyman-soylu"),  # 1 / 1
    ("زيجمار جابرييل", "زيجمار جابريل", "sigmar-gabriel"),  # 1 / 1
    ("سيرجيو ماتاريلا", "سيرجيو ماتارالا", "sergio-mattarella"),  # 1 / 2
    ("موشيه يعالون", "موشيه يعلون", "moshe-yaalon"),  # 1 / 1
    ("جاستن ترودو", "جاستين ترودو", "justin-trudeau"),  # 11 / 1
    ("ديمتري بيسكوف", "دميتري بسكوف", "dmitry-peskov"),  # 1 / 1
    ("كريستين لاغارد", "كريستين لاجارد", "christine-lagarde"),  # 3 / 1
    ("بوريس جونسون", "بوريس جونسن", "boris-johnson"),  # 2 / 1
    ("برنار كازنوف", "بيرنار كازونوف", "bernard-cazeneuve"),  # 7 / 1
    ("ستيفان دوغاريك", "ستيفن دوجاريك", "stephane-dujarric"),  # 1 / 1
    # organizations, clubs, countries
    ("باريس سان جيرمان", "باريس سان جرمان", "psg"),  # 37 / 10
    ("أتليتيكو مدريد", "أتلتيكو مدريد", "atletico-madrid"),  # 8 / 15
    ("هيومن رايتس ووتش", "هيومن رايتس واتش", "hrw"),  # 15 / 3
    ("الاتحاد الأوروبي", "الاتحاد الأوربي", "eu"),  # 80 / 2
    ("منظمة اليونسكو", "منظمة اليونيسكو", "unesco"),  # 1 / 1
    ("مكتب التحقيقات الفيدرالي", "مكتب التحقيقات الفدرالي", "fbi"),  # 2 / 1
    ("المجمع الكيميائي التونسي", "المجمع الكيمياوي التونسي", "gct"),  # 9 / 1
    ("الكونغو الديمقراطية", "الكونغو الديموقراطية", "COD"),  # 10 / 4
    ("جزر المالديف", "جزر الملديف", "MDV"),  # 2 / 1
    ("جمهورية الكونغو", "جمهورية الكونقو", "COG"),  # 7 / 1
    ("بيونغ يانغ", "بيونج يانج", "PRK"),  # 13 / 1
    ("كوت ديفوار", "الكوت ديفوار", "CIV"),  # 7 / 18
]

# Different actors whose names differ by a letter or a vowel: they must stay apart.
APART = [
    ("فائز السراج", "فارس السراج"),  # the example (فارس السراج: no one in the knowledge base)
    ("نصر الله", "أنصار الله"),  # Hassan Nasrallah, the Houthis
    ("عدنان منصور", "عدنان منصر"),  # Lebanon's foreign minister, Marzouki's chief of staff
    ("ياسين إبراهيم", "ياسين براهيمي"),  # Tunisia's minister, Algeria's footballer
    ("محمد الناصر", "محمد ناصر"),  # the speaker of parliament; محمد ناصر (شويخة) is a party official
    ("الباجي قائد السبسي", "حافظ قائد السبسي"),  # the president, his son
    ("شفيق جراية", "شفيق صرصار"),  # a businessman, the head of the election commission
    ("مجلس الأمن", "المجلس الأمني"),  # the UN Security Council, a security council
    ("الجامعة العربية", "الجمعية العربية"),  # the Arab League, an association
    ("محمد عبو", "سامية عبو"),  # two leaders of the Courant démocrate, husband and wife
    ("حمة الهمامي", "الجيلاني الهمامي"),  # two leaders of the Popular Front
    ("مبروك السلطاني", "خليفة السلطاني"),  # two shepherds killed in 2015 and 2017, brothers
    ("بلقاسم العياري", "الشاذلي العياري"),  # a UGTT leader, the central bank governor
]


@pytest.fixture(scope="module")
def resolve():
    kb = KnowledgeBase.load()
    stage = ActorStage(kb, Grammar.load())

    def actor_of(text: str) -> str | None:
        """The actor (id, or country code) of the one mention that covers all of ``text``."""
        doc = Document(id="t", raw=text, text=text)
        doc.norm = normalize(text)
        doc.sentences, doc.tokens = segment(text, doc.norm)
        hits = [m for m in stage(doc).mentions if m.text.strip() == text.strip()]
        if not hits:
            return None
        return hits[0].actor_id or hits[0].country

    return actor_of


@pytest.mark.parametrize("a, b, actor", PAIRS)
def test_both_spellings_reach_one_actor(resolve, a, b, actor):
    assert (resolve(a), resolve(b)) == (actor, actor)


@pytest.mark.parametrize("a, b", APART)
def test_different_actors_stay_apart(resolve, a, b):
    assert resolve(a) != resolve(b)


def test_there_are_fifty_pairs_and_more():
    assert len({(fold(a), fold(b)) for a, b, _ in PAIRS}) >= 50
    assert all(fold(a) != fold(b) for a, b, _ in PAIRS), "a pair that folding alone merges is no variant"


@pytest.fixture(scope="module")
def folded_corpus() -> str:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared is absent)")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return " ".join(fold(json.loads(line).get("text") or "") for line in f)


@pytest.mark.parametrize("a, b, actor", PAIRS)
def test_both_spellings_are_attested(folded_corpus, a, b, actor):
    for spelling in (a, b):
        pattern = r"(?<![\u0621-\u064a])" + r"\s+".join(map(re.escape, fold(spelling).split())) + r"(?![\u0621-\u064a])"
        assert re.search(pattern, folded_corpus), f"«{spelling}» is not in the corpus"
