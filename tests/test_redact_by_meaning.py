"""Redaction judged by meaning, not by listed cases: a name in any language or spelling, a value by
its randomness, a name and value given as a pair, a password said before its word, references.

Each class is shown with values built here (no corpus string is copied), and with the look-alikes
it must leave alone. Values are assembled from pieces so that secret scanners do not flag this file.
"""

from __future__ import annotations

import pytest

from redaction_checks import redacted
from skillhive.redact import redact_text, redact_value
from skillhive.redact.judge import looks_random
from skillhive.redact.words import loose_secret_kind, secret_kind

PW = "Kv7" + "!mq2Rz9"  # a password: letters of both cases, digits, a symbol
RANDOM = "t4Hq9" + "ZpL2wXc8Vn3Kd7Rb"  # 21 random characters, no vendor prefix
PHRASE = "plum " + "river tiger lamp"  # a passphrase of four words
HEX32 = "9c4e1f7a" + "03bd52e8" + "6a1f0c97" + "d24b8e35"  # a 32-hex API key


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"STRIPE_KEY={RANDOM}", RANDOM, id="vendor-key-env"),
        pytest.param(f"openweather_key = '{HEX32}'", HEX32, id="vendor-key-hex"),
        pytest.param(f'const mapsKey = "{RANDOM}";', RANDOM, id="camel-key-js"),
        pytest.param(f"PASSWORD_SALT={RANDOM}", RANDOM, id="salt"),
        pytest.param(f"  --weather-key {HEX32}", HEX32, id="vendor-key-flag"),
    ],
)
def test_a_machine_made_value_under_any_qualified_key_name_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("cache_key = 'user_profile_cache_2024'", id="words-and-a-year"),
        pytest.param(f"primary_key: {HEX32}", id="primary-key-is-an-id"),
        pytest.param(f"cache_key: {HEX32}", id="cache-key-is-a-digest"),
        pytest.param("public_key = '" + RANDOM + "'", id="public-key"),
        pytest.param("sort_key = 'orders.eu-west-1.created'", id="sort-key-words"),
        pytest.param("build_key: " + "3f2a9c" * 6 + "ab9c", id="build-key-id"),
        pytest.param("object_key = 'uploads/2024/05/report.pdf'", id="object-key-path"),
        pytest.param("signing_key_id = " + HEX32, id="key-id-is-no-key"),
        pytest.param("image_key: " + "ab12" * 10, id="a-40-hex-digest-under-a-loose-key"),
    ],
)
def test_a_key_name_that_means_an_id_or_a_word_value_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


def test_looks_random_tells_machine_made_values_from_words_numbers_and_digests() -> None:
    assert looks_random(RANDOM) and looks_random(HEX32) and looks_random("key-" + "3x9qmz7w" + "k2pd8rv4")
    assert not looks_random("user_profile_cache_2024")
    assert not looks_random("eu-west-1.prod.internal")
    assert not looks_random("1234567890123456")
    assert not looks_random("short1A")


def test_loose_key_names_need_a_qualifier_that_is_not_an_ids() -> None:
    assert loose_secret_kind("STRIPE_KEY") == "secret"
    assert loose_secret_kind("weatherApiKey") == "api-key"
    assert loose_secret_kind("key") is None
    assert loose_secret_kind("primaryKey") is None
    assert loose_secret_kind("keyboard") is None


@pytest.mark.parametrize(
    "name",
    [
        *("Passwort", "DB_KENNWORT", "wachtwoord", "mot_de_passe", "motDePasse", "mdp", "contraseña", "senha"),
        *("hasło", "jelszó", "şifre", "salasana", "lösenord", "passord", "пароль", "密码", "パスワード", "비밀번호"),
    ],
)
def test_a_password_name_in_another_language_names_a_secret(name: str) -> None:
    assert secret_kind(name) == "password"
    assert redacted(f"{name}={PW}", PW)
    assert redacted(f"{name}: {PW}", PW)


def test_a_password_name_in_another_language_keeps_placeholders_and_references() -> None:
    for text in ("wachtwoord=${DB_WACHTWOORD}", "senha: <sua-senha>", "Kennwort: ********"):
        assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f'variable "db_password" {{\n  type    = string\n  default = "{PW}"\n}}', PW, id="hcl-variable"),
        pytest.param(f'output "admin_pass" {{ value = "{PW}" }}', PW, id="hcl-output"),
        pytest.param(
            f"aws ssm put-parameter --name /prod/db/password --type SecureString --value '{PW}'", PW, id="ssm-pair"
        ),
        pytest.param(f"store-cli put --name payments_key --value {RANDOM}", RANDOM, id="cli-pair-loose-key"),
    ],
)
def test_a_value_given_as_a_pair_with_a_secret_name_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        'variable "region" { default = "eu-west-1" }',
        'variable "db_password" { default = var.fallback }',
        'variable "db_password" { default = "${var.x}" }',
        "aws ssm put-parameter --name /prod/db/host --value db01.internal",
        "aws ssm put-parameter --name /prod/db/password --value $DB_PASSWORD",
    ],
)
def test_a_pair_whose_name_or_value_is_no_secret_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"use {PW} as the password for the admin account", PW, id="use-as-password"),
        pytest.param(f"try {PW} for your pin", PW, id="try-for-pin"),
        pytest.param(f'the passphrase for the backup key is "{PHRASE}"', PHRASE, id="quoted-passphrase"),
        pytest.param(f"Password was '{PW}'", PW, id="quoted-password"),
        pytest.param(f"het wachtwoord is {PW}", PW, id="dutch-prose"),
    ],
)
def test_a_password_told_in_prose_in_either_order_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        'The password is "required" for login',
        "I used it as the password",
        "use the same key as the token",
        "use get_token() as the token",
        "set the password to 'your password here'",
        "the password is 'a b' today",
    ],
)
def test_prose_about_a_password_without_one_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "password: vault:secret/data/db#password",
        "api_token: op://Private/ci/token",
        "db_password: ssm:/prod/db/password",
        "SecretId: arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
    ],
)
def test_a_reference_to_a_secret_store_is_not_a_secret(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("token expires_at: 2024-06-01T00:00:00Z", id="a-timestamp-after-token"),
        pytest.param("SECRET_KEY=changeme", id="changeme"),
        pytest.param("API_TOKEN=replace-me", id="replace-me"),
        pytest.param("--password PASSWORD   the password to use (default: stdin)", id="help-metavar"),
        pytest.param("the password for the db is in 1Password under 'prod db'", id="where-it-is-kept"),
        pytest.param("pulumi config set --secret dbPassword", id="a-flag-before-a-secrets-name"),
    ],
)
def test_timestamps_placeholder_words_metavars_and_where_a_secret_is_kept_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"SSHPASS='{PW}' sshpass -e ssh admin@host", PW, id="glued-pass-name"),
        pytest.param(f"requirepass {PW}\nmasterauth {PW}", PW, id="config-directive-line"),
        pytest.param(f"userlist admins\n  user admin insecure-password {PW}", PW, id="kebab-name-mid-line"),
        pytest.param(f"pulumi config set --secret dbPassword {PW}", PW, id="set-after-a-boolean-flag"),
        pytest.param(f'{{"name": "relay_key", "value": "{RANDOM}"}}', RANDOM, id="loose-key-pair-random"),
        pytest.param(f'"encrypt": "{RANDOM}="', RANDOM, id="encrypt-key-random"),
        pytest.param(f"creds: admin / {PW}", PW, id="creds-user-slash-password"),
        pytest.param(f"log in with bob and {PW}", PW, id="log-in-with-user-and-password"),
        pytest.param(f"root pw - {PW}", PW, id="pw-dash"),
    ],
)
def test_glued_names_config_directives_and_credential_pairs_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "BYPASS=1",
        "requirepass yes",
        "session: 42",
        "account: admin / billing",
        "login with bob and alice",
        "encrypt: true",
    ],
)
def test_look_alikes_of_those_names_and_pairs_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("aws_access_key_id = AKIA" + "IOSFODNN7EXAMPLE", id="a-value-that-says-example"),
        pytest.param("PAT glpat-" + "•" * 16 + "k2Zq (created 2 weeks ago)", id="a-masked-token"),
        pytest.param("api_key: sk_live_" + "*" * 20 + "4f2a", id="a-starred-token"),
        pytest.param("X-Api-Key: [redacted]\nset-cookie: sid=[REDACTED]; Path=/", id="already-redacted"),
        pytest.param("psql postgres://user:password@localhost:5432/mydb", id="the-word-password-as-password"),
        pytest.param("REDIS_PASSWORD: ${REDIS_PASSWORD:?missing, see README}", id="shell-expansion-error-message"),
        pytest.param(
            "WARN auth: password change rejected account_id=7731 reason=reuse", id="a-log-field-after-password"
        ),
        pytest.param("the key comes from System.Text.Encoding.UTF8 here", id="a-code-path-after-key"),
        pytest.param(
            "our token header is always eyJ0eXAiOiJKV1QiLCJraWQiOiJhIn0 (typ and kid)", id="base64-of-plain-json"
        ),
        pytest.param("steps:\n  - uses: deploy\n    from_secret: staging_deploy", id="the-name-of-a-stored-secret"),
        pytest.param('{"fn": "rotate_token", "params": {"ttl": 900}}', id="the-next-json-key"),
        pytest.param("In the sandbox, pay with 5555 5555 5555 4444.", id="a-processors-test-card"),
    ],
)
def test_examples_masks_markers_expansions_log_fields_and_names_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


def test_a_repetitive_card_number_is_still_redacted_when_nothing_says_it_is_a_test_card() -> None:
    assert "5555 5555 5555 4444" not in redact_text("charged card 5555 5555 5555 4444 on order 17")[0]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"Config.private_key = '{HEX32}'", HEX32, id="a-ruby-setting-after-a-namespace"),
        pytest.param(f"await page.type('input[name=password]', '{PW}');", PW, id="a-password-field-filled-by-selector"),
        pytest.param(f"Veritabanı şifresi: {PW}", PW, id="an-inflected-foreign-word"),  # noqa: RUF001
        pytest.param(
            f"recovery phrase of the hot wallet (do not share): {'alpha bravo ' * 5}omega zulu",
            "alpha bravo alpha",
            id="a-seed-phrase-introduced-at-length",
        ),
    ],
)
def test_namespaced_settings_selectors_inflected_words_and_long_introductions_are_redacted(
    text: str, secret: str
) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"printf '%s' '{RANDOM}' | wrangler secret put SESSION_SECRET", RANDOM, id="piped-secret-put"),
        pytest.param(f"echo {PW} | gh secret set DEPLOY_TOKEN", PW, id="piped-secret-set"),
        pytest.param(f"openssl passwd -1 -salt xy '{PW}'", PW, id="openssl-passwd"),
        pytest.param(f"rclone obscure {RANDOM}", RANDOM, id="rclone-obscure"),
        pytest.param(f"mkpasswd -m sha-512 {PW}", PW, id="mkpasswd-after-a-flag-with-a-value"),
        pytest.param(f"net use Y: \\\\\\\\srv-02\\\\public {PW}", PW, id="net-use-after-a-share"),
        pytest.param(f"jwt.sign({{ sub: id }}, '{HEX32}', {{ expiresIn: '1h' }})", HEX32, id="jwt-sign-literal"),
        pytest.param(f"crypto.createHmac('sha256', '{RANDOM}').update(body)", RANDOM, id="create-hmac-literal"),
        pytest.param(f'byte[] hmacKey = Convert.FromBase64String("{RANDOM}");', RANDOM, id="key-through-base64"),
        pytest.param(f"aes_key = bytes.fromhex('{HEX32}')", HEX32, id="key-through-fromhex"),
        pytest.param(f"access for the new intern: user=ana.k / {PW} (until Friday)", PW, id="access-pair-said"),
        pytest.param(f"login for the auditor: user=aud.k / {PW} until the 30th", PW, id="login-for-someone"),
        pytest.param(f"sepolia: {{\n  accounts: ['0x{HEX32 * 2}'],\n}}", HEX32 * 2, id="hardhat-accounts"),
    ],
)
def test_piped_hashed_signing_and_decoded_secrets_and_said_pairs_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "echo hello | grep secret",
        "echo $TOKEN | gh secret set DEPLOY_TOKEN",
        "echo build-2024-05 | tee version.txt",
        "openssl passwd -stdin",
        "net use Y: \\\\srv-02\\public /persistent:no",
        'jwt.encode(payload, SECRET_KEY, algorithm="HS256")',
        'jwt.decode(token, "your-256-bit-secret", algorithms=["HS256"])',
        "hmac.new(key, msg, hashlib.sha256)",
        'data = base64.b64decode("aGVsbG8gd29ybGQgdGhpcyBpcw==")',
        "tx = '0x" + HEX32 * 2 + "'",
    ],
)
def test_pipes_calls_and_hashes_without_a_literal_secret_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"SET PASSWORD FOR 'app'@'%' = '{PW}';", PW, id="sql-set-password"),
        pytest.param(f'mongo admin --eval \'db.auth("root", "{PW}")\'', PW, id="db-auth-call"),
        pytest.param(f'Credentials("Nexus", "repo.acme.io", "deploy", "{PW}")', PW, id="credentials-of-four"),
        pytest.param(f"docker build --build-arg GITHUB_PAT={RANDOM} .", RANDOM, id="pat-abbreviation"),
        pytest.param(f"ALIYUN_SK={RANDOM}", RANDOM, id="sk-abbreviation"),
    ],
)
def test_sql_set_password_auth_calls_and_token_abbreviations_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "type Mutation { login(email: String!, password: String!): AuthPayload }",
        "type User {\n  password: String!\n}",
        "fun connect(password: String?, port: Int)",
        '{"tool": "list_secrets", "result": ["db_password", "api_token", "stripe_key"]}',
        "PATH=/usr/local/bin:/usr/bin",
        "TASK_SK=task-2024-05",
        "db.auth(user, password)",
    ],
)
def test_types_lists_of_secret_names_and_abbreviation_look_alikes_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"$ cat /etc/vpn/auth.txt\nana.k\n{PW}\n$ sudo openvpn --config a.ovpn", PW, id="auth-file"),
        pytest.param(f"$ cat config/master.key\n{HEX32}", HEX32, id="master-key-file"),
        pytest.param(f"PS C:\\> Get-Content .\\api_token\n{RANDOM}\n", RANDOM, id="powershell-token-file"),
    ],
)
def test_what_cat_printed_of_a_file_named_for_a_secret_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "$ cat /etc/passwd\nroot:x:0:0:root:/root:/bin/bash",
        "$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIq7Vd9Lm2 ana@laptop",
        f"$ cat README\nbuild {HEX32}",
        f"$ cat keys.txt\nthe keys are in the vault\n\n{HEX32}",
        f"$ cat build.log\n{RANDOM}",
    ],
)
def test_what_cat_printed_of_other_files_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("MasterUserPassword: !Ref DbAdminPassword", id="cloudformation-ref"),
        pytest.param("Password: !Sub '{{resolve:secretsmanager:${Db}:SecretString:password}}'", id="cfn-sub"),
        pytest.param("api_key: !env_var WEATHER_API_KEY", id="yaml-tag-env"),
        pytest.param("token: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231", id="ansible-vault-tag"),
        pytest.param('password: "$(cat /run/secrets/db_password)"', id="quoted-command-substitution"),
        pytest.param('"forgotPassword": "Forgot your password?"', id="ui-string"),
        pytest.param('password: "Enter your password"', id="ui-prompt"),
        pytest.param('passwordHint: "Must be at least 12 characters"', id="ui-hint"),
    ],
)
def test_yaml_tags_command_substitutions_and_ui_strings_are_not_secrets(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f'passphrase: "{PHRASE}"', PHRASE, id="a-passphrase-of-plain-words"),
        pytest.param(f"password: !{PW}", "!" + PW, id="a-password-that-starts-with-a-bang"),
    ],
)
def test_passphrases_and_bang_passwords_are_still_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f'"Jwt": {{ "Key": "{RANDOM}", "Issuer": "acme" }}', RANDOM, id="json-key-in-a-named-object"),
        pytest.param(f"jwt:\n  issuer: acme\n  key: {RANDOM}\n", RANDOM, id="yaml-key-under-a-named-parent"),
        pytest.param(f'stripe = {{ key = "{RANDOM}" }}', RANDOM, id="hcl-key-in-a-named-block"),
        pytest.param(f"$settings['hash_salt'] = '{RANDOM}';", RANDOM, id="php-subscript-salt"),
        pytest.param(f'ENV["API_TOKEN"] = "{RANDOM}"', RANDOM, id="ruby-subscript-token"),
        pytest.param(f"define('NONCE_SALT', '{RANDOM}');", RANDOM, id="wordpress-salt"),
        pytest.param(f"define('AUTH_KEY', '<{RANDOM}[');", "<" + RANDOM, id="wordpress-key-starting-with-angle"),
        pytest.param(f"//registry.acme.io/:_password={RANDOM}", RANDOM, id="underscore-name-random-value"),
    ],
)
def test_keys_named_by_their_object_subscripts_and_salts_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        f'{{"cache": {{"key": "{RANDOM}"}}}}',
        f'{{"primary": {{"key": "{RANDOM}"}}}}',
        'if creds["password"] == "": pass',
        'x = settings["api_token"]',
        "self._client_key = keyfile",
        "define('WP_DEBUG', false);",
    ],
)
def test_keys_of_id_objects_reads_and_code_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


def test_a_bare_key_in_an_object_opened_on_the_next_line_takes_that_objects_name() -> None:
    assert redacted(f'"Signing":\n{{\n  "Key": "{RANDOM}"\n}}', RANDOM)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"SET session:{HEX32} '{{\"user\":42}}' EX 3600", id="a-redis-key-holding-an-id"),
        pytest.param("default-key 0x3A9F0C1D2B4E5F60\npinentry-mode loopback", id="gpg-default-key-id"),
        pytest.param("[user]\n\tsigningkey = 3A9F0C1D2B4E5F60", id="git-signing-key-id"),
        pytest.param("STRIPE_PUBLISHABLE_KEY=pk_live_" + RANDOM, id="a-publishable-key"),
    ],
)
def test_key_ids_publishable_keys_and_session_ids_in_key_names_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"jenkins creds → admin:{PW}", PW, id="creds-arrow-pair"),
        pytest.param(f"can you try with this key? {RANDOM}", RANDOM, id="key-question-mark"),
        pytest.param(f"API key (prod): {RANDOM}", RANDOM, id="key-with-a-parenthetical"),
        pytest.param(f"Identifiants : admin / {PW}", PW, id="french-credentials-pair"),
        pytest.param(f"inloggegevens: admin / {PW}", PW, id="dutch-credentials-pair"),
        pytest.param(f"ログイン情報: admin / {PW}", PW, id="japanese-credentials-pair"),
        pytest.param(f"le mdp c'est {PW}", PW, id="french-abbreviation"),
        pytest.param(f"lösenordet är {PW}", PW, id="swedish-definite-form"),
        pytest.param(f"salasana on {PW}", PW, id="finnish-is-on"),
        pytest.param(f"รหัสผ่านคือ {PW}", PW, id="thai-without-a-space"),
    ],
)
def test_passwords_told_in_chat_in_other_shapes_and_languages_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Login: admin (password in 1Password)",
        "creds are in the team vault under 'staging'",
        "Identifiants : voir le coffre-fort",
        "The key is to restart the worker before 10:30.",
        "key points: latency p99 2.3s, error rate 0.4%",
        "the password is in the vault at secret/ci",
    ],
)
def test_chat_about_credentials_without_one_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"curl -u ':{RANDOM}' https://api.acme.io", RANDOM, id="curl-user-with-no-name"),
        pytest.param(f"echo '{PW}' | openconnect --user=ana --passwd-on-stdin vpn.acme.io", PW, id="any-stdin-flag"),
        pytest.param(f"gpg --batch --passphrase-fd 0 --decrypt f.gpg <<< '{PW}'", PW, id="here-string-to-fd-0"),
        pytest.param(f"age -p -o f.age f <<< '{PW}'", PW, id="here-string-to-age"),
        pytest.param(
            f"echo {RANDOM} | az devops login --organization https://dev.azure.com/acme", RANDOM, id="piped-login"
        ),
        pytest.param(f"hadoop fs -D fs.s3a.secret.key={RANDOM} -ls s3a://b/", RANDOM, id="dotted-secret-key"),
        pytest.param(f"wpa_passphrase Office '{PW}' > wpa.conf", PW, id="wpa-passphrase"),
    ],
)
def test_stdin_here_strings_dotted_names_and_passphrase_tools_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "cat ~/token.txt | docker login ghcr.io -u ana --password-stdin",
        "gpg --batch --yes --passphrase-file /run/secrets/gpg --decrypt f.gpg",
        "echo hello | gh auth status",
        "docker run -u :1000 alpine id",
        "spark.hadoop.fs.s3a.access.key.provider=default",
    ],
)
def test_stdin_flags_and_dotted_names_without_a_secret_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        "const token = await getToken();",
        'let token = try keychain.get("authToken")',
        "password = new String(chars);",
        "token = yield from fetch()",
        "secret = lambda: 1",
    ],
)
def test_a_code_keyword_where_a_value_would_be_is_code(text: str) -> None:
    assert redact_text(text)[0] == text


def test_a_password_that_is_a_code_keyword_alone_is_still_redacted() -> None:
    assert redact_text("password = new")[0] != "password = new"


def test_a_line_of_code_naming_password_parameters_is_not_a_table_header() -> None:
    text = (
        "def verify_password(plain_password, hashed_password):\n"
        "    return pwd_context.verify(plain_password, hashed_password)"
    )
    assert redact_text(text)[0] == text


def test_a_csv_header_naming_a_password_column_still_redacts_the_column() -> None:
    assert redacted(f"user,password\nana,{PW}\n", PW)


def test_an_oauth_code_in_a_callback_url_is_redacted_and_a_plain_code_parameter_is_not() -> None:
    assert redacted(f"https://app.acme.io/cb?code={RANDOM}&state=xyz", RANDOM)
    for text in ("https://x.io/?code=200", "https://docs.x.io/?code=python-requests-tutorial"):
        assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"$ op read op://Private/db/password\n{PW}\n$ ", PW, id="op-read"),
        pytest.param(f"$ gcloud secrets versions access latest --secret=db-password\n{PW}", PW, id="gcloud-access"),
        pytest.param(
            f"$ kubectl get secret db -o jsonpath='{{.data.password}}' | base64 -d\n{PW}", PW, id="k8s-decode"
        ),
        pytest.param(f"$ bw get password github\n{PW}", PW, id="bitwarden"),
        pytest.param(f"ana@box:~$ echo $DB_PASSWORD\n{PW}", PW, id="echo-a-secret-variable"),
        pytest.param(f">>> token\n'{RANDOM}'", RANDOM, id="repl-prints-a-token"),
    ],
)
def test_what_a_command_that_reads_a_secret_printed_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "$ grep -rn password src/ | wc -l\n42",
        "$ ls secrets/\ndb_password.txt\napi_token2.txt",
        f"$ git log -1 --format=%H -- src/token.py\n{HEX32}{HEX32[:8]}",
        "$ kubectl get secrets\nNAME   TYPE     DATA   AGE\ndb     Opaque   2      3d",
        "$ echo password reset done\npassword reset done",
        "$ echo $HOME\n/home/ana",
    ],
)
def test_what_other_commands_printed_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"API_KEY ?= {RANDOM}", RANDOM, id="make-conditional-assignment"),
        pytest.param(f'@token ||= "{RANDOM}"', RANDOM, id="ruby-or-assign"),
        pytest.param(f'const API_TOKEN: &str = "{RANDOM}";', RANDOM, id="rust-typed-const"),
        pytest.param(f'api_key: str = "{RANDOM}"', RANDOM, id="python-annotated"),
        pytest.param(f'token: Optional[str] = "{RANDOM}"', RANDOM, id="python-optional"),
        pytest.param(f"<password><![CDATA[{PW}]]></password>", PW, id="xml-cdata"),
        pytest.param(f"<key>API_TOKEN</key>\n<string>{RANDOM}</string>", RANDOM, id="plist-pair"),
    ],
)
def test_other_assignment_operators_typed_declarations_cdata_and_plists_are_read(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "password: str = Field(..., min_length=12)",
        "token: Optional[str] = None",
        'api_key: str = os.environ["API_KEY"]',
        'def login(password: str = "") -> None:',
        "<key>Label</key>\n<string>com.acme.agent</string>",
        "<password><![CDATA[${DB_PASSWORD}]]></password>",
    ],
)
def test_typed_declarations_and_plists_without_a_literal_secret_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("X-Slack-Signature: v0=" + HEX32 * 2, id="a-request-signature-header"),
        pytest.param("X-Hub-Signature-256: sha256=" + HEX32 * 2, id="a-webhook-signature-header"),
        pytest.param(f"password: ENC[AES256_GCM,data:{RANDOM},iv:{RANDOM}=,type:str]", id="sops-ciphertext"),
        pytest.param(f"encryptedData:\n  password: AgB{RANDOM * 4}==", id="sealed-secret-ciphertext"),
        pytest.param(f"token: vault:v1:{RANDOM}", id="vault-transit-ciphertext"),
    ],
)
def test_request_signatures_and_ciphertexts_are_not_secrets(text: str) -> None:
    assert redact_text(text)[0] == text


def test_a_presigned_url_signature_is_still_redacted() -> None:
    assert redacted("https://b.s3.amazonaws.com/k?X-Amz-Signature=" + HEX32 * 2, HEX32 * 2)


def test_a_tool_argument_under_a_vendor_key_name_with_a_machine_made_value_is_redacted() -> None:
    redacted, count = redact_value({"STRIPE_KEY": RANDOM, "cache_key": RANDOM, "region": "eu-west-1"})
    assert redacted["STRIPE_KEY"] == "[REDACTED:secret]" and count == 1
    assert redacted["cache_key"] == RANDOM and redacted["region"] == "eu-west-1"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"DRIVER={{ODBC Driver 18}};SERVER=db;UID=sa;PWD={{{PW}}}", PW, id="odbc-braced-password"),
        pytest.param("motdepasse: ab&" + PW, "ab&" + PW, id="an-ampersand-after-a-colon"),
        pytest.param(f"[smtp.acme.io]:587 relay@acme.io:{PW}", PW, id="postfix-sasl-passwd-line"),
        pytest.param(f"vncpasswd -f <<< '{PW}' > ~/.vnc/passwd", PW, id="here-string-to-a-passwd-tool"),
    ],
)
def test_braced_values_ampersands_relay_lines_and_passwd_here_strings_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    ["password={password}", "api_key: {type: string}", "https://x.io/?q=a&password_hint=on&user=y"],
)
def test_braces_that_template_or_type_a_value_are_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


def test_a_uuid_printed_by_a_command_about_a_secret_is_its_id_not_the_secret() -> None:
    text = "$ kubectl get secret db -o jsonpath='{.metadata.uid}'\n3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b"
    assert redact_text(text)[0] == text
