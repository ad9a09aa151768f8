class Config:
    def __init__(self):
        self.sections = {"db": {"host": "localhost"}}

    def section(self, name):
        return self.sections.get(name)

cfg = Config()
print(cfg.section("db")["host"].upper())
print(cfg.section("cache")["host"].upper())
