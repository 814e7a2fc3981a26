"""Secret redaction: every trajectory passes through here before it is stored.

Each secret becomes a marker such as `[REDACTED:openai-key]`. No rule matches a marker, so
redacting a redacted text changes nothing and the content hash of a re-recorded run stays equal.

What is caught:
- Tokens with a vendor prefix (OpenAI, Anthropic, GitHub, GitLab, Slack, Stripe, npm, PyPI, Hugging
  Face, Shopify, DigitalOcean, SendGrid, Twilio, Mailgun, Telegram, Discord, Vault, skillhive's own
  `skh_` tokens, …), also glued to a word by `_` (`call_npm_<token>`) where the token's shape is
  strict enough; a `skh_` token keeps its public id (`skh_<id>_[REDACTED:skillhive-token]`), a
  Telegram token its bot id, a webhook URL its host and ids.
- JWTs, PEM private keys (also base64-encoded, as in a kubeconfig's `client-key-data`), the
  40-character AWS secret that follows an access key id on the same line (a `credentials.csv` row).
- `key = value` pairs whose key names a secret (`password`, `DB_PASS`, `SMTP_PW`, `MYSQL_PWD`,
  `client_secret`, `AccountKey`, a URL's `sig=`…), in env files, JSON, YAML, XML (`<password>x</password>`),
  query strings and `--flag value`; `Authorization:` headers; URL and `.netrc` passwords; passwords
  on command lines (`curl -u`, `mysql -pX`, `sshpass -p X`, `docker login -p X`, `plink -pw X`,
  `redis-cli -a X`, `openssl -passin pass:X`, `smbclient -U user%X`).
- Base64: a value that decodes to `user:password` after `Authorization:` (no scheme) or in a Docker
  or npm `auth` field; base64 decoded right there (`echo X | base64 -d`, `base64 -d <<< X`,
  `b64decode("X")`, `atob("X")`, `Buffer.from("X", "base64")`, `FromBase64String("X")`) and base64
  JSON (`eyJ…`, a Kubernetes `.dockerconfigjson`), when it decodes to text holding a secret or to
  a `user:password` pair. Other base64 (images, digests, ids, a blob passed around) is left alone:
  decoding every blob of every text would cost too much and guess too often.

Not caught on purpose: secrets with no prefix and no key name (a bare 40-hex Cloudflare token, a
UUID-shaped Heroku key, a random password on its own): any rule for them would also hit git SHAs,
digests and ids.

Speed: rules are precompiled and gated by a cheap substring test, token rules start with a literal
(so the regex engine jumps from candidate to candidate), and the keyword rules (`password=…`,
`Authorization: …`) run case-sensitively on the lower-cased text, several times faster than
`re.IGNORECASE`; lower-casing keeps every index, so their spans apply to the original text. Most
vendor tokens share three rules anchored on their separator (`_`, `-`, `.`): the engine jumps
from separator to separator, a look-ahead drops those not followed by a long run, and only then
look-behinds compare the prefixes, so twenty more kinds cost about what one rule costs.

    engine.py      the marker, `_Rule`, and applying one rule to a text (`_apply`)
    rules.py       the rule table `_RULES` and `redact_text`, which runs it
    tokens.py      vendor tokens, grouped into the three separator-anchored rules
    values.py      `key = value` secrets: keywords, separator, value, and which matches to spare
    commands.py    passwords on command lines: which tool takes its password after which flag
    encoded.py     base64: decoding a candidate, a base64 private key, a `user:password` pair
    structured.py  `redact_value`, `is_sensitive_key` and `redact_trajectory`
"""

from skillhive.redact.engine import MARKER_PREFIX, KindOf, SpanOf, Spare, marker
from skillhive.redact.rules import redact_text
from skillhive.redact.structured import is_sensitive_key, redact_trajectory, redact_value

__all__ = [
    "MARKER_PREFIX",
    "KindOf",
    "SpanOf",
    "Spare",
    "is_sensitive_key",
    "marker",
    "redact_text",
    "redact_trajectory",
    "redact_value",
]
