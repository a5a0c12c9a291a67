import { obj, optStr, type Decoder } from './decode';
import type { Me } from './types/me';

/** An empty field reads as missing, so a caller can fall through to the next source of a name. */
const optText: Decoder<string | undefined> = (value, path) => optStr(value, path) || undefined;

/** GET /me answers flyteadmin's UserInfoResponse (flyteidl/protos/flyteidl/service/identity.proto:13, v1.16.8) in snake_case. */
export const me: Decoder<Me> = (value, path) => {
  const m = obj({
    subject: optText,
    name: optText,
    preferred_username: optText,
    email: optText,
    picture: optText,
  })(value, path);
  return {
    subject: m.subject,
    name: m.name,
    preferredUsername: m.preferred_username,
    email: m.email,
    picture: m.picture,
  };
};
