/* Moves focus to the error summary when a page shows one (GOV.UK pattern). No inline scripts: CSP allows only files. */
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.app-error-summary');
    if (summary) {
        summary.focus();
    }
});
