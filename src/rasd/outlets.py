"""Outlets and the country they report from (``data/ar/outlets.yaml``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.data import DATA_DIR, LINE, as_list, check_keys, load_yaml
from rasd.errors import LexiconError
from rasd.text.normalize import fold


@dataclass(frozen=True, slots=True)
class Outlets:
    by_name: dict[str, str]  # folded, lower-cased name → ISO alpha-3
    by_domain: dict[str, str]  # domain → ISO alpha-3

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls, path: Path | None = None) -> "Outlets":
        path = path or DATA_DIR / "ar" / "outlets.yaml"
        doc = load_yaml(path) or {}
        by_name, by_domain = {}, {}
        for entry in as_list(doc.get("outlets")):
            check_keys(entry, {"country", "names", "domains", "note"}, path)
            country = str(entry.get("country", ""))
            if not re.match(r"^[A-Z]{3}$", country):
                raise LexiconError(str(path), entry.get(LINE), f"country must be ISO alpha-3, not {country!r}")
            for n in as_list(entry.get("names")):
                by_name[_key(str(n))] = country
            for d in as_list(entry.get("domains")):
                by_domain[str(d).lower()] = country
        return cls(by_name, by_domain)

    def country_of(self, outlet: str | None, url: str | None = None) -> str | None:
        """The home country of an outlet, by its name or its web domain; None when unknown."""
        if outlet and _key(outlet) in self.by_name:
            return self.by_name[_key(outlet)]
        if url:
            host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0]
            host = host[4:] if host.startswith("www.") else host
            for domain, country in self.by_domain.items():
                if host == domain or host.endswith("." + domain):
                    return country
        return None


def _key(name: str) -> str:
    return " ".join(fold(name).lower().split())
