/*
 * The budget's pages, enhanced with the portal's shared helpers (civitas/places.js): similar projects and ideas
 * while a citizen types a title, the map to place a project, a project's map and the winners' map.
 */
(function () {
  "use strict";

  function projectMap() {
    var element = document.getElementById("project-map");
    if (!element || typeof L === "undefined") {
      return;
    }
    var point = element.dataset.point.split(",").map(Number);
    var map = Civitas.baseMap(element).setView(point, 16);
    L.marker(point, {title: element.dataset.title, alt: element.dataset.title}).addTo(map);
  }

  document.addEventListener("DOMContentLoaded", function () {
    Civitas.similar([document.getElementById("title")], 5);
    Civitas.pickMap();
    projectMap();
    Civitas.placesMap("winners-map");
  });
}());
