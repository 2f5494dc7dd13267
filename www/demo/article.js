// The Meridian Ledger - page behaviour for the demo article (fictional site).
// Dismiss buttons on the prompts, and a newsletter form that does not navigate away.
(function () {
  "use strict";

  function closest(el, selector) {
    while (el && el.nodeType === 1) {
      if (el.matches(selector)) return el;
      el = el.parentElement;
    }
    return null;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var button = closest(target, "[data-pn], [data-ovl]");
    if (!button) return;
    var box = closest(button, "[role='dialog']");
    if (box) box.remove();
  });

  var form = document.querySelector(".newsletter-signup__form");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = form.parentElement.querySelector(".newsletter-signup__text");
      if (text) text.textContent = "Thanks. Check your inbox to confirm your address.";
    });
  }
})();
