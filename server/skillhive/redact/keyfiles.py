"""Private keys known by the structure of their file format rather than by a PEM header.

- PuTTY `.ppk`: the base64 lines after `Private-Lines: N` (the public lines stay).
- A JSON Web Key's private members (`d`, `p`, `q`, `dp`, `dq`, `qi`; `k` of an `oct` key), in an
  object that has a `kty` (the public `n`, `e`, `x`, `y` stay).
- minisign / signify: the base64 line under `untrusted comment: … secret key`.
- A Bitcoin WIF private key, checked: base58 that decodes with a valid double-SHA-256 checksum.
- A BIP39 seed phrase written as a numbered list (`1. bamboo` … `24. baby`, 12 to 24 words, one
  word a number): every word from the standard's 2,048 (twelve of them, which a shopping list could
  be, also pass the phrase's checksum or are named a phrase, seed, wallet… near); a run of 12 such words
  after a label or alone on a line must pass the phrase's own checksum (the last bits, SHA-256 of the
  rest) or be named; 15, 18, 21 or 24 of them need neither (no prose strings that many list words).
"""

from __future__ import annotations

import hashlib
import re

from skillhive.redact.bip39 import BIP39_INDEX
from skillhive.redact.engine import _NOT_MARKER, _Rule, _span

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def _base58check(value: str) -> bool:
    """Whether `value` is base58 whose last four bytes are the double SHA-256 of the rest."""
    n = 0
    for c in value:
        n = n * 58 + _B58_INDEX[c]
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    payload, checksum = raw[:-4], raw[-4:]
    return len(raw) > 4 and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum


def _spare_wif(m: re.Match[str], text: str) -> bool:
    return not _base58check(text[slice(*_span(m))])


_SEED_LENGTHS = (12, 15, 18, 21, 24)
# between a phrase's words: spaces, or one mark with spaces around it the same way (`bread - army - …`)
_SEP = r"(?:[ \t]+|[ \t]*[-,·|/][ \t]*)"
_NUMBERED_WORD = re.compile(r"([0-9]{1,2})[.)][ \t]*([a-z]+)")


_SEED_SAID = re.compile(
    r"(?i:seed|recovery|mnemonic|phrase|wallet|backup|words|bip[ -]?39|secret"
    # ... in other languages: a seed, a recovery phrase, a mnemonic, a wallet
    r"|semilla|semente|graine|frase|zin|fraza|fráze|fras|wiederherstell|kelime|tohum|cüzdan|cartera|carteira"
    r"|portefeuille|portafoglio|portemonnee|portfel|peněženk|plånbok|мнемони|сид|фраз|гаманц|кошел"
    r"|助记词|助記詞|恢复短语|钱包|錢包|シード|ニーモニック|リカバリーフレーズ|ウォレット|시드|니모닉|복구 구문|지갑)"
)


def _spare_numbered_seed(m: re.Match[str], text: str) -> bool:
    """A numbered list is a seed phrase when it counts 1 to 12, 15, 18, 21 or 24, one BIP39 word each; twelve
    words (a list of twelve things could be) also pass the phrase's checksum or are named as a phrase near."""
    items = _NUMBERED_WORD.findall(m.group())
    if len(items) not in _SEED_LENGTHS or [int(n) for n, _ in items] != list(range(1, len(items) + 1)):
        return True
    words = [word for _, word in items]
    if not all(word in BIP39_INDEX for word in words):
        return True
    if len(words) > 12 or bip39_checksum(words):
        return False
    return _SEED_SAID.search(text, max(0, m.start() - 200), min(len(text), m.end() + 100)) is None


def bip39_checksum(words: list[str]) -> bool:
    """Whether the words (all of the list) end with the checksum of the entropy they carry."""
    if len(words) not in _SEED_LENGTHS:
        return False
    bits = 0
    for word in words:
        bits = bits << 11 | BIP39_INDEX[word]
    checksum_bits = len(words) // 3
    entropy = (bits >> checksum_bits).to_bytes((len(words) * 11 - checksum_bits) // 8, "big")
    return hashlib.sha256(entropy).digest()[0] >> (8 - checksum_bits) == bits & ((1 << checksum_bits) - 1)


def _spare_labelled_seed(m: re.Match[str], text: str) -> bool:
    """12 to 24 BIP39 words after a label that names them a seed phrase (in any of several languages), or
    that pass the phrase's checksum."""
    words = re.findall("[a-z]+", m.group("s"))
    if len(words) not in _SEED_LENGTHS or not all(w in BIP39_INDEX for w in words) or _mixed_marks(m.group("s")):
        return True
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()) - 1)) + 1  # its line and the one before
    return not (
        len(words) > 12 or bip39_checksum(words) or _SEED_SAID.search(text, max(above, m.start() - 120), m.start())
    )


def _mixed_marks(said: str) -> bool:
    """Words not all parted the same way (`cat, dog and bird - …`): a list in prose, not a phrase."""
    return len(set(re.findall(r"[^a-z]+", said.replace("\t", " ")))) > 1


def _spare_seed_line(m: re.Match[str], text: str) -> bool:
    words = re.findall("[a-z]+", m.group("s"))
    if len(words) not in _SEED_LENGTHS or not all(w in BIP39_INDEX for w in words) or _mixed_marks(m.group("s")):
        return True
    # twelve need their checksum, or the line before naming them ("The recovery words … are:")
    above = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
    return not (len(words) > 12 or bip39_checksum(words) or _SEED_SAID.search(text, above, m.start()))


KEYFILE_RULES: tuple[_Rule, ...] = (
    # an Ethereum-style private key (32 bytes in hex) named on its line: "private key of the wallet: 0x…",
    # `new ethers.Wallet('0x…')` (a transaction's hash is as long, but not named so)
    _Rule(
        "private-key",
        r"(?:private[ _-]?key|privatekey|privkey|priv_key|wallet\()[^\n]{0,80}?(?:\n[ \t]*)?(?<![0-9a-f])"
        r"(?P<s>(?:0x)?[0-9a-f]{64})"
        r"(?![0-9a-z])",
        ("private", "privkey", "priv_key", "wallet("),
        on_lower=True,
        spare=lambda m, text: "public" in m.group()[: m.start("s") - m.start()],
    ),
    # a seed phrase as a numbered list (a paper backup, its photo's transcript)
    _Rule(
        "seed-phrase",
        r"(?<![0-9])1[.)][ \t]*[a-z]{3,8}(?:\s{1,8}[0-9]{1,2}[.)][ \t]*[a-z]{3,8}){11,23}(?![a-z])",
        ("1.", "1)"),
        spare=_spare_numbered_seed,
    ),
    # a run of BIP39 words after a label (`Frase semilla: timber ankle …`), named a seed phrase in the label
    _Rule(
        "seed-phrase",
        # (after a colon, a bracket or a quote, or a space after a word of another script: "助记词 affair …")
        r"(?:[:：(（\"“「«'`]|(?<=[^\x00-\x7f]) )[ \t]*(?P<s>[a-z]{3,8}(?:"  # noqa: RUF001
        + _SEP
        + r"[a-z]{3,8}){11,23})(?![ \t]*[a-z])",
        (":", "：", "(", "（", '"', "“", "「", "«", "'", "`", " "),  # noqa: RUF001
        spare=_spare_labelled_seed,
    ),
    # a line of nothing but BIP39 words that pass the phrase's checksum
    _Rule(
        "seed-phrase",
        r"^[ \t]*(?P<s>[a-z]{3,8}(?:" + _SEP + r"[a-z]{3,8}){11,23})[ \t]*\r?$",
        (),
        spare=_spare_seed_line,
        flags=re.MULTILINE,
    ),
    _Rule(
        "private-key",
        r"Private-Lines:[ \t]*[0-9]{1,3}[ \t]*\r?\n"
        + _NOT_MARKER
        + r"(?P<s>[A-Za-z0-9+/=]{16,}(?:\r?\n[A-Za-z0-9+/=]{4,}(?![^\r\n]))*)",
        ("Private-Lines:",),
    ),
    # {"kty": "EC", …, "d": "…"}: a private member of a key that says what kind of key it is
    _Rule(
        "private-key",
        r"\"(?:d|p|q|dp|dq|qi|k)\"[ \t]*:[ \t]*\"" + _NOT_MARKER + r"(?P<s>[A-Za-z0-9_-]{16,}={0,2})\"",
        ('"kty"',),
        spare=lambda m, text: '"kty"' not in text[max(0, m.start() - 2000) : m.end() + 2000],
    ),
    _Rule(
        "private-key",
        r"untrusted comment:[^\n]*secret key[^\n]*\r?\n" + _NOT_MARKER + r"(?P<s>[A-Za-z0-9+/=]{40,})",
        ("untrusted comment:",),
    ),
    # uncompressed (5H/5J/5K, 51 characters) or compressed (K/L, 52 characters) WIF
    _Rule(
        "private-key",
        r"(?<![1-9A-Za-z])(?:5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![1-9A-Za-z])",
        (),
        spare=_spare_wif,
    ),
)
