"""The minute book served to web browsers (`minutebook serve`), one app process per browser.

- `options`: what the command was told (address, secret, limits), checked before anything starts
- `gate`: who may come in: the secret in the first link, the session cookie it sets, the name
- `pages`: the few HTML pages the server writes itself (the app's page, refusals, waiting)
- `processes`: one app process per browser connection: started, relayed, stopped, killed
- `server`: the web server (textual-serve's, extended): routes, limits, idle time, logging
- `child`: what each app process runs: the book opened from the environment, read-only unless
  the server allows editing

Nothing here is loaded by the command line until `minutebook serve` runs.
"""
