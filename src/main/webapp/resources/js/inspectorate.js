/* No inline scripts: CSP allows only files. */
document.addEventListener('DOMContentLoaded', function () {
    /* Moves focus to the error summary when a page shows one (GOV.UK pattern). */
    var summary = document.querySelector('.app-error-summary');
    if (summary) {
        summary.focus();
    }
    labelTableCells(document);
});

/*
 * On a narrow screen a table's rows stack (inspectorate.css): each cell then shows its column's heading, which this
 * copies from the table's header row into data-label. PrimeFaces tables do the same themselves (reflow).
 */
function labelTableCells(root) {
    root.querySelectorAll('table.app-table').forEach(function (table) {
        var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
            return th.textContent.trim();
        });
        table.querySelectorAll('tbody tr').forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, i) {
                if (headings[i] && !cell.hasAttribute('data-label')) {
                    cell.setAttribute('data-label', headings[i]);
                }
            });
        });
    });
}

/*
 * Irreversible actions ask first: a button with data-confirm="what happens" opens the page's confirmation dialog
 * (the browser's own modal <dialog>, focus kept inside, Escape cancels); "Yes" presses the button again for real.
 * Without the dialog (no script, an old browser) the button works as it always did and the server still checks.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (!button) {
        return;
    }
    if (button.getAttribute('data-confirmed') === 'yes') {
        button.removeAttribute('data-confirmed');
        return;
    }
    var dialog = document.getElementById('app-confirm');
    if (!dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    event.preventDefault();
    dialog.querySelector('.app-confirm__text').textContent = button.getAttribute('data-confirm');
    dialog.querySelector('#app-confirm-yes').textContent = button.value || button.textContent;
    dialog.returnValue = '';
    dialog.onclose = function () {
        if (dialog.returnValue === 'yes') {
            button.setAttribute('data-confirmed', 'yes');
            button.click();
        } else {
            button.focus();
        }
    };
    dialog.showModal();
});
