/*
 * Civitas idea box, enhanced with the portal's shared helpers (civitas/places.js): similar ideas while a citizen
 * types, the map of ideas, an idea's own point and the map to place one.
 */
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    Civitas.similar([document.getElementById("title"), document.getElementById("body")], 8);
    Civitas.placesMap("ideas-map");
    Civitas.placesMap("idea-map");
    Civitas.pickMap();
  });
}());
