// The header's menu (a details element) stays open on screens wide enough to show it whole; on a phone it folds
// behind its button. Without JavaScript the button still opens and closes it.
(function () {
  var wide = window.matchMedia('(min-width: 48em)');
  function fit() {
    var menu = document.getElementById('menu');
    if (menu) {
      menu.open = wide.matches;
    }
  }
  document.addEventListener('DOMContentLoaded', fit);
  if (wide.addEventListener) {
    wide.addEventListener('change', fit);
  }
})();
