/*
 * The ballot as a basket: as the voter ticks projects, says how many are chosen, the money left in the envelope
 * and what breaks the rule, in a live region. The server checks the ballot again whatever the page sends.
 */
(function () {
  var form = document.querySelector('form.basket');
  var status = document.getElementById('basket');
  if (!form || !status) {
    return;
  }
  var maxPicks = parseInt(form.getAttribute('data-max-picks'), 10) || 0;
  var amount = parseInt(form.getAttribute('data-amount'), 10) || 0;
  var perCategory = parseInt(form.getAttribute('data-per-category'), 10) || 0;
  var euros = new Intl.NumberFormat(status.getAttribute('data-lang') === 'en' ? 'en-GB' : 'fr-FR',
      {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
  var fill = function (template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  };

  function update() {
    var boxes = form.querySelectorAll('input[name="project"]:checked');
    var spent = 0;
    var byCategory = {};
    var crowded = null;
    boxes.forEach(function (box) {
      spent += parseInt(box.getAttribute('data-cost'), 10) || 0;
      var category = box.getAttribute('data-category');
      byCategory[category] = (byCategory[category] || 0) + 1;
      if (perCategory > 0 && byCategory[category] > perCategory) {
        crowded = box.getAttribute('data-category-name') || category; // named in the reader's language
      }
    });
    var parts = [fill(status.getAttribute('data-picked'), [boxes.length, maxPicks])];
    if (amount > 0) {
      parts.push(spent > amount ? fill(status.getAttribute('data-over'), [euros.format(spent - amount)])
          : fill(status.getAttribute('data-left'), [euros.format(amount - spent)]));
    }
    if (boxes.length > maxPicks) {
      parts.push(fill(status.getAttribute('data-too-many'), [maxPicks]));
    }
    if (crowded) {
      parts.push(fill(status.getAttribute('data-category'), [perCategory, crowded]));
    }
    status.textContent = parts.join(' · ');
    status.classList.toggle('msg-error', boxes.length > maxPicks || (amount > 0 && spent > amount) || crowded !== null);
  }

  status.hidden = false;
  form.addEventListener('change', update);
  update();
})();
