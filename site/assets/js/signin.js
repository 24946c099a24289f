/*
 * Signing in to the workspace (/beheer/ for coordinators, /begeleider/ and /en/facilitator/ for facilitators), one
 * module for both. When /beheer/config.json exists (the deploy writes it): the Cognito hosted UI with the
 * authorization-code flow and PKCE; otherwise (locally) the token the local server prints. The token lives in
 * sessionStorage only, per area: it is gone when the tab closes and is shared by the pages of one tab.
 * The markup is the Freemarker macro ws.signin (templates/workspace-layout.ftl).
 */
import { $, api, tell } from './workspace.js';

// Read here, not imported: the two modules import each other, and imported values are not set yet at load time.
var en = document.documentElement.lang === 'en';

var area = document.body.getAttribute('data-area') || 'beheer';
var KEY = area === 'beheer' ? 'intervisie.admin' : 'intervisie.facilitator';
var TOKEN_KEY = KEY + '.token';
var PKCE_KEY = KEY + '.pkce';
var T = en ? {
  badReturn: 'Signing in did not work. Please try again.', signedOut: 'You are signed out.',
  wrongToken: 'That token is not right. Check it and try again.', signedIn: 'Signed in as ', notCoordinator: 'This workspace is for coordinators only.'
} : {
  badReturn: 'Het inloggen is niet gelukt. Probeer het opnieuw.', signedOut: 'Je bent uitgelogd.',
  wrongToken: 'Dit token klopt niet. Controleer het en probeer het opnieuw.', signedIn: 'Ingelogd als ', notCoordinator: 'Deze werkruimte is alleen voor coördinatoren. Begeleiders gebruiken /begeleider/.'
};
var config = null;

export function token() { return sessionStorage.getItem(TOKEN_KEY); }

function base64url(bytes) {
  var text = '';
  bytes.forEach(function (b) { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  var bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/* Coordinators return to the one registered address (/beheer/), then go on to the page they came from;
   facilitators return to their own page. */
function redirectUri() {
  return area === 'beheer' && config.redirectUri ? config.redirectUri : window.location.origin + window.location.pathname;
}

function startCognito() {
  var verifier = randomString();
  var state = randomString();
  var back = window.location.pathname + window.location.search;
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier: verifier, state: state, back: back }));
  crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(function (hash) {
    var query = new URLSearchParams({
      response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(),
      scope: 'openid email intervisie/admin', state: state, code_challenge_method: 'S256',
      code_challenge: base64url(new Uint8Array(hash))
    });
    window.location.assign(config.hostedUiDomain + '/oauth2/authorize?' + query.toString());
  }).catch(function (error) { tell('signin-feedback', error.message, 'error'); });
}

/* Back from the hosted UI with ?code=…&state=…: swap the code for tokens (PKCE proves it is us).
   Resolves to the page to go on to, or null to stay. */
function finishCognito(params) {
  var saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
  sessionStorage.removeItem(PKCE_KEY);
  window.history.replaceState(null, '', window.location.pathname);
  if (!saved || saved.state !== params.get('state')) { return Promise.reject(new Error(T.badReturn)); }
  var form = new URLSearchParams({
    grant_type: 'authorization_code', client_id: config.clientId, code: params.get('code'),
    redirect_uri: redirectUri(), code_verifier: saved.verifier
  });
  return fetch(config.hostedUiDomain + '/oauth2/token', {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString()
  }).then(function (response) {
    if (!response.ok) { throw new Error(T.badReturn); }
    return response.json();
  }).then(function (tokens) {
    sessionStorage.setItem(TOKEN_KEY, tokens.access_token);
    return saved.back && saved.back !== window.location.pathname ? saved.back : null;
  });
}

function showSignIn() {
  $('work').hidden = true;
  $('ws-who').hidden = true;
  $('signin').hidden = false;
  $('signin-cognito').hidden = !config;
  $('signin-token').hidden = !!config;
}

/* The session ended (signed out, or the API said 401): back to the sign-in, with why. */
export function endSession(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  showSignIn();
  if (message) { tell('signin-feedback', message, 'error'); }
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  if (config) {
    var query = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri() });
    window.location.assign(config.hostedUiDomain + '/logout?' + query.toString());
    return;
  }
  showSignIn();
  tell('signin-feedback', T.signedOut);
  $('token').focus();
}

/* config.json exists only where the deploy wrote it; locally its absence means "token sign-in". */
function loadConfig() {
  return fetch('/beheer/config.json', { cache: 'no-store' }).then(function (response) {
    if (!response.ok) { return null; }
    return response.json().then(function (c) {
      return c && c.hostedUiDomain && c.clientId ? c : null;
    }).catch(function () { return null; });
  }).catch(function () { return null; });
}

/*
 * Starts the page: signs in (or uses the token this tab holds), checks it with whoami, then shows #work and calls
 * onEnter(me). After signing in with the form focus goes to the page's heading; on a load with a stored token it
 * stays where it is. The coordinators' pages open for coordinators only.
 */
export function start(onEnter) {
  function enter(fromForm) {
    return api('GET', '/api/admin/whoami').then(function (me) {
      if (area === 'beheer' && me.role !== 'coordinator') {
        endSession(T.notCoordinator);
        return null;
      }
      $('who').textContent = me.username;
      $('ws-who').hidden = false;
      $('signin').hidden = true;
      $('work').hidden = false;
      tell('signin-feedback', '');
      if (fromForm) {
        var heading = document.querySelector('h1');
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      return onEnter(me);
    });
  }
  /* Before sign-in the message belongs next to the sign-in; after it, at the top of the page's work. */
  function failed(error) {
    var text = error && error.message ? error.message : String(error);
    tell($('work').hidden ? 'signin-feedback' : 'page-feedback', text, 'error');
  }

  $('signin-token').addEventListener('submit', function (event) {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    enter(true).catch(function (error) {
      if (error && error.status === 401) { tell('signin-feedback', T.wrongToken, 'error'); } else { failed(error); }
    });
  });
  $('signin-cognito-button').addEventListener('click', startCognito);
  $('signout').addEventListener('click', signOut);
  return loadConfig().then(function (c) {
    config = c;
    var params = new URLSearchParams(window.location.search);
    var step = config && params.get('code') ? finishCognito(params) : Promise.resolve(null);
    return step.then(function (back) {
      if (back) { window.location.replace(back); return null; }
      if (token()) { return enter(false); }
      showSignIn();
      return null;
    });
  }).catch(function (error) {
    if (!token()) { showSignIn(); }
    failed(error);
  });
}
