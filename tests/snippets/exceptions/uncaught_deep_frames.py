class Repository:
    def __init__(self):
        self.rows = {1: {"name": "a"}}

    def get(self, key):
        return self.rows[key]

class Service:
    def __init__(self, repo):
        self.repo = repo

    def name_of(self, key):
        return self.repo.get(key)["name"].title()

def handler(service, keys):
    return [service.name_of(k) for k in keys]

def main():
    service = Service(Repository())
    print(handler(service, [1]))
    print(handler(service, [1, 2]))

main()
