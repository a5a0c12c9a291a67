import { UserManager } from 'oidc-client-ts';

// Runs in the hidden iframe of a prompt=none renewal: it only posts the authorization response to the parent
// window (same origin), which completes it with its own state. No config, no React, no app boot here.
const relay = new UserManager({
  authority: window.location.origin,
  client_id: 'relay',
  redirect_uri: window.location.href,
  automaticSilentRenew: false,
});
void relay.signinSilentCallback();
