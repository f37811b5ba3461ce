-- Personal API tokens (accounts/ApiTokens): only the SHA-256 of each secret is stored, as 64
-- hexadecimal digits; a token is found by it once per API request.

CREATE TABLE api_token (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_name VARCHAR(40) NOT NULL,
    name         VARCHAR(60) NOT NULL,
    secret_hash  CHAR(64) NOT NULL,
    scope        VARCHAR(5) NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    CONSTRAINT api_token_secret UNIQUE (secret_hash)
);

CREATE INDEX api_token_by_account ON api_token (account_name, id);
