class Connection:
    def __init__(self, url):
        scheme, rest = url.split("://")
        self.scheme = scheme

print(Connection("http://x").scheme)
Connection("no-scheme")
