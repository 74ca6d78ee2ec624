// Lotline's pages work without this script; it adds what a handheld needs.
(function () {
  "use strict";

  // A keyboard-wedge scanner ends every scan with Enter. In a form of several fields, Enter moves on to the next
  // empty field instead of submitting, until the last one. A field marked
  // data-optional="true" is reached with Tab, and from there Enter moves on to the next one.
  document.addEventListener("keydown", function (event) {
    var field = event.target;
    if (event.key !== "Enter" || field.tagName !== "INPUT" || !field.form || field.type === "submit") {
      return;
    }
    var inputs = Array.prototype.filter.call(field.form.elements, function (element) {
      return element.tagName === "INPUT" && element.type !== "hidden" && element.type !== "radio" && !element.disabled;
    });
    var next = inputs.slice(inputs.indexOf(field) + 1).find(function (element) {
      return element.value === "" && (element.dataset.optional !== "true" || field.dataset.optional === "true");
    });
    if (next && field.form.dataset.enterMoves !== undefined) {
      event.preventDefault();
      next.focus();
    }
  });

  // A file larger than the server takes is refused in the browser, with the page's own words, before it is sent:
  // the server's limit would answer it without the page around it.
  function tooLarge(input) {
    var max = Number(input.dataset.maxBytes);
    var file = input.files && input.files[0];
    input.setCustomValidity(file && file.size > max ? input.dataset.tooLarge : "");
    return !input.checkValidity();
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=file][data-max-bytes]")) {
      tooLarge(event.target);
    }
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt.form || event.detail.elt.closest("form");
    var input = form && form.querySelector("input[type=file][data-max-bytes]");
    if (input && tooLarge(input)) {
      event.preventDefault();
      input.reportValidity();
    }
  });

  // After a partial update the scan field has the focus again, and an expired session goes to the sign-in page.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var url = event.detail.xhr.responseURL || "";
    if (url.indexOf("/login") >= 0) {
      event.detail.shouldSwap = false;
      window.location.href = url;
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var focused = document.querySelector("[autofocus]");
    if (focused) {
      focused.focus();
    }
    var xhr = event.detail.xhr;
    // a refused form: the summary of what is wrong has the focus, its link leads to the field
    var summary = xhr && xhr.status >= 400 && document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
    // an action done where its result is out of sight (the lot page's forms lie below its status): what was done
    // is brought into view and has the focus
    var done = xhr && xhr.status < 300 && event.detail.requestConfig && event.detail.requestConfig.verb === "post"
        && document.querySelector("[data-show-done] .notice");
    if (done) {
      done.tabIndex = -1;
      done.focus();
    }
  });
})();
