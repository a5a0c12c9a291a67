/**
 * The signed-in identity from flyteadmin's GET /me, the only source of a name with the internal authorization
 * server (it issues no id_token). Fields flyteadmin leaves empty are undefined.
 */
export interface Me {
  subject?: string;
  name?: string;
  preferredUsername?: string;
  email?: string;
  picture?: string;
}
