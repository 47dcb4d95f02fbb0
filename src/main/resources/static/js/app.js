// Starts GOV.UK Frontend's components. Loaded as a module file, so no inline script is needed
// under the Content-Security-Policy.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();
