"""Fetching a URL with httpx: timeouts, a size cap, redirects, and one clear reason on failure."""
from __future__ import annotations

from dataclasses import dataclass

from rasd.errors import InputError

USER_AGENT = "rasd/0.1 (+Arabic political event data)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str  # media type, lower case, without parameters
    charset: str | None


@dataclass(frozen=True, slots=True)
class FetchSettings:
    timeout: float = 15.0  # seconds, for connecting and for each read
    max_redirects: int = 5
    trust_env: bool = True  # honour HTTP(S)_PROXY and NO_PROXY


class Fetcher:
    """One HTTP client reused for many URLs (close it, or use it as a context manager)."""

    def __init__(self, settings: FetchSettings | None = None):
        import httpx

        self.settings = s = settings or FetchSettings()
        self._httpx = httpx
        self._client = httpx.Client(follow_redirects=True, max_redirects=s.max_redirects,
                                    timeout=httpx.Timeout(s.timeout), trust_env=s.trust_env,
                                    headers={"User-Agent": USER_AGENT, "Accept-Language": "ar,en;q=0.5"})

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, max_bytes: int) -> Fetched:
        """The body of ``url``; InputError on a network failure, an HTTP error or a body over the cap."""
        httpx = self._httpx
        try:
            with self._client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise InputError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip())
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(url, f"too large: {declared} bytes > {max_bytes}")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(url, f"too large: over {max_bytes} bytes")
                    chunks.append(chunk)
                ctype = resp.headers.get("content-type", "")
                media = ctype.split(";")[0].strip().lower()
                return Fetched(str(resp.url), b"".join(chunks), media, resp.charset_encoding)
        except httpx.TooManyRedirects:
            raise InputError(url, f"too many redirects (over {self.settings.max_redirects})") from None
        except httpx.TimeoutException:
            raise InputError(url, f"timeout after {self.settings.timeout:g} s") from None
        except httpx.UnsupportedProtocol as exc:
            raise InputError(url, f"unsupported URL ({exc})") from None
        except (httpx.ConnectError, httpx.NetworkError, httpx.ProtocolError) as exc:
            raise InputError(url, f"unreachable ({exc.__class__.__name__}: {exc})") from None
        except httpx.InvalidURL as exc:
            raise InputError(url, f"invalid URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise InputError(url, f"HTTP failure ({exc.__class__.__name__}: {exc})") from None
