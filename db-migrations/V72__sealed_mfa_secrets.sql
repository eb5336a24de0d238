-- Authenticator seeds are stored sealed (AES-256-GCM, "enc:v1:<key id>:<base64>"), which is longer than the
-- base32 seed itself. Seeds stored in clear before this are resealed by the application at start-up.
alter table user_account alter column mfa_secret type varchar(200);
