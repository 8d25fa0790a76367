// @ts-check

// C0 control characters and DEL: no page, API or search of ours has a use for them, and PostgreSQL refuses NUL
// inside text, so letting one through turns a typo or a probe into a 500.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Why a request target must be refused before Next sees it, or null. Next decodes dynamic path segments itself and
 * answers a bad percent-encoding (`/api/restaurants/%c0%af`) with a 500 before any handler runs; a NUL in the query
 * reaches the database. Both are the client's mistake, so both become a 400 here, once for every route of every app.
 * @param {string} target the request line's target, e.g. `/api/search?q=ribs`
 * @returns {string | null}
 */
function findMalformedUrl(target) {
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart + 1);

  for (const segment of path.split("/")) {
    const decoded = decodeOrNull(segment);
    if (decoded === null) return "The address has a malformed percent-encoding.";
    if (CONTROL_CHARACTER.test(decoded)) return "The address contains a control character.";
  }
  // Read the way the apps read it (URLSearchParams, which takes a lone % literally), so what is checked is what they get.
  for (const [name, value] of new URLSearchParams(query)) {
    if (CONTROL_CHARACTER.test(name) || CONTROL_CHARACTER.test(value)) return "The query string contains a control character.";
  }
  return null;
}

/** @param {string} value */
function decodeOrNull(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

module.exports = { findMalformedUrl };
