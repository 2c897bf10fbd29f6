// tradeguard web pages: the one script, served by the app itself (no CDN, no build step).
// A form marked data-swap="#id" is sent in the background and only that region of the page
// is replaced with the same region of the answer, so the form keeps its values and focus moves
// to the result. Without this script the same forms post normally and get the whole page.
"use strict";

document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.swap) {
    return;
  }
  const region = document.querySelector(form.dataset.swap);
  if (!region) {
    return;
  }
  event.preventDefault();
  const button = event.submitter;
  if (button) {
    button.disabled = true;
  }
  region.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
    });
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const fresh = page.querySelector(form.dataset.swap);
    if (!fresh) {
      // Not a result page (the session ended and this is the sign-in page): show it whole.
      window.location.assign(response.url);
      return;
    }
    region.replaceWith(fresh);
    fresh.focus();
  } catch {
    // The request failed under the script: let the browser send the form itself.
    form.submit();
  } finally {
    region.removeAttribute("aria-busy");
    if (button) {
      button.disabled = false;
    }
  }
});
