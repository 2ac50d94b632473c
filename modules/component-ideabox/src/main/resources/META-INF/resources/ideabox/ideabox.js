/*
 * Civitas idea box, enhanced with the portal's shared helpers (civitas/places.js): similar ideas while a citizen
 * types, the map of ideas, an idea's own point and the map to place one; on the decision page, only the fields
 * of the chosen decision (without the script, every field shows and works).
 */
(function () {
  "use strict";

  function decisionFields() {
    var form = document.getElementById("decide");
    if (!form) {
      return;
    }
    function show() {
      var chosen = form.querySelector("input[name=type]:checked");
      // style, not the hidden attribute: the theme gives fields a display of their own, which would win.
      form.querySelectorAll("[data-for]").forEach(function (field) {
        field.style.display = !chosen || field.dataset.for.split(" ").indexOf(chosen.value) < 0 ? "none" : "";
      });
    }
    form.querySelectorAll("input[name=type]").forEach(function (radio) {
      radio.addEventListener("change", show);
    });
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    decisionFields();
    Civitas.similar([document.getElementById("title"), document.getElementById("body")], 8);
    Civitas.placesMap("ideas-map");
    Civitas.placesMap("idea-map");
    Civitas.pickMap();
  });
}());
