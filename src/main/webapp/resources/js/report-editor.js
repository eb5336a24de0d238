/*
 * Report section editor: autosaves each section to the server at most every 10 seconds while someone types,
 * and at once when the page is hidden or left (fetch with keepalive). Until the server has the text, it is also
 * kept in this browser (localStorage), so a closed tab, an expired session or a server restart loses nothing:
 * the kept text comes back when the page is opened again and is saved then. A save the server refuses because
 * the section changed or someone else is editing it shows both texts, and the person chooses.
 * No inline scripts: the strict Content Security Policy allows only files like this one.
 */
(function () {
    'use strict';

    var SAVE_EVERY_MS = 10000;
    var editors = [];

    function storageKey(el) {
        return 'inspectorate-report:' + el.getAttribute('data-report') + ':' + el.getAttribute('data-section');
    }

    function readKept(el) {
        try {
            var raw = window.localStorage.getItem(storageKey(el));
            return raw ? JSON.parse(raw) : null;
        } catch (e) {
            return null;
        }
    }

    function Editor(el) {
        this.el = el;
        this.url = el.getAttribute('data-save-url');
        this.version = parseInt(el.getAttribute('data-version'), 10) || 0;
        this.saved = el.innerHTML;
        this.timer = null;
        this.busy = false;
        this.again = false;
        this.status = document.getElementById(el.id + '-status');
        this.conflict = document.getElementById(el.id + '-conflict');
        var self = this;
        el.addEventListener('input', function () {
            self.keep();
            self.schedule(SAVE_EVERY_MS);
        });
        var kept = readKept(el);
        if (kept && typeof kept.html === 'string' && kept.html !== this.saved) {
            el.innerHTML = kept.html;
            this.version = kept.baseVersion;
            this.say('Restored text that had not been saved; saving it now.');
            this.schedule(0);
        }
        if (this.conflict) {
            this.conflict.addEventListener('click', function (event) {
                var choice = event.target.getAttribute('data-conflict');
                if (choice) {
                    self.resolve(choice);
                }
            });
        }
    }

    Editor.prototype.say = function (text) {
        if (this.status) {
            this.status.textContent = text;
        }
    };

    Editor.prototype.keep = function () {
        try {
            window.localStorage.setItem(storageKey(this.el), JSON.stringify({
                baseVersion: this.version, html: this.el.innerHTML, at: new Date().toISOString()
            }));
        } catch (e) {
            // storage full or disabled: the autosave still runs
        }
    };

    Editor.prototype.forget = function () {
        try {
            window.localStorage.removeItem(storageKey(this.el));
        } catch (e) {
            // nothing kept
        }
    };

    Editor.prototype.dirty = function () {
        return this.el.innerHTML !== this.saved;
    };

    /** At most one save per interval while typing: the first keystroke starts the clock. */
    Editor.prototype.schedule = function (delay) {
        var self = this;
        if (this.timer === null) {
            this.timer = window.setTimeout(function () {
                self.timer = null;
                self.save(false);
            }, delay);
        }
    };

    Editor.prototype.save = function (leaving) {
        var self = this;
        if (this.timer !== null) {
            window.clearTimeout(this.timer);
            this.timer = null;
        }
        if (!this.dirty()) {
            return;
        }
        if (this.busy && !leaving) {
            this.again = true;
            return;
        }
        var html = this.el.innerHTML;
        this.busy = true;
        this.say('Saving…');
        window.fetch(this.url, {
            method: 'PUT',
            credentials: 'same-origin',
            keepalive: !!leaving && html.length < 60000,
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Requested-With': 'XMLHttpRequest'
            },
            body: JSON.stringify({baseVersion: this.version, html: html, release: !!leaving})
        }).then(function (response) {
            return response.text().then(function (text) {
                var body = null;
                try {
                    body = text ? JSON.parse(text) : null;
                } catch (e) {
                    body = null;
                }
                return {status: response.status, body: body};
            });
        }).then(function (r) {
            self.busy = false;
            if (r.status === 200 && r.body) {
                self.version = r.body.version;
                self.saved = html;
                if (self.el.innerHTML === html) {
                    self.forget();
                } else {
                    self.keep();
                    self.schedule(SAVE_EVERY_MS);
                }
                self.say('Saved version ' + r.body.version + ' at ' + new Date().toLocaleTimeString('en-GB') + '.');
            } else if (r.status === 409 && r.body && r.body.kind) {
                self.showConflict(r.body, html);
            } else if (r.status === 401) {
                self.keep();
                self.say('You are signed out. Your text is kept in this browser: sign in again and open this'
                    + ' report to save it.');
            } else {
                self.keep();
                self.say((r.body && r.body.detail ? r.body.detail : 'Not saved (error ' + r.status + ').')
                    + ' Your text is kept in this browser.');
            }
            if (self.again) {
                self.again = false;
                self.schedule(SAVE_EVERY_MS);
            }
        }).catch(function () {
            self.busy = false;
            self.keep();
            self.say('Not saved: the server could not be reached. Your text is kept in this browser and will be'
                + ' saved when it can.');
            self.schedule(SAVE_EVERY_MS);
        });
    };

    Editor.prototype.showConflict = function (problem, mine) {
        this.keep();
        this.pending = problem;
        this.mine = mine;
        this.say(problem.detail);
        if (!this.conflict) {
            return;
        }
        this.conflict.querySelector('.report-conflict-message').textContent = problem.detail;
        // Both texts come back sanitised by the server.
        this.conflict.querySelector('.report-conflict-theirs').innerHTML = problem.currentHtml || '';
        this.conflict.querySelector('.report-conflict-yours').innerHTML = problem.yourHtml || '';
        this.conflict.hidden = false;
        this.conflict.querySelector('h3').setAttribute('tabindex', '-1');
        this.conflict.querySelector('h3').focus();
    };

    Editor.prototype.resolve = function (choice) {
        var p = this.pending;
        if (!p) {
            return;
        }
        this.conflict.hidden = true;
        this.pending = null;
        if (choice === 'use-theirs') {
            this.el.innerHTML = p.currentHtml || '';
            this.saved = this.el.innerHTML;
            this.version = p.currentVersion;
            this.forget();
            this.say('Showing the saved text, version ' + p.currentVersion + '. Your text is in the history only if'
                + ' it was saved before.');
        } else {
            this.el.innerHTML = this.mine;
            this.version = p.currentVersion;
            this.keep();
            this.save(false);
        }
    };

    function toolbar(bar) {
        var target = document.getElementById(bar.getAttribute('data-for'));
        bar.addEventListener('click', function (event) {
            var command = event.target.getAttribute('data-command');
            if (!command || !target) {
                return;
            }
            target.focus();
            if (command === 'heading') {
                document.execCommand('formatBlock', false, 'h3');
            } else {
                document.execCommand(command, false, null);
            }
            target.dispatchEvent(new Event('input'));
        });
    }

    function leaving() {
        editors.forEach(function (e) {
            e.save(true);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('.report-editor[data-save-url]'), function (el) {
            editors.push(new Editor(el));
        });
        Array.prototype.forEach.call(document.querySelectorAll('.report-toolbar'), toolbar);
        if (editors.length) {
            document.addEventListener('visibilitychange', function () {
                if (document.visibilityState === 'hidden') {
                    leaving();
                }
            });
            window.addEventListener('pagehide', leaving);
        }
    });
}());
