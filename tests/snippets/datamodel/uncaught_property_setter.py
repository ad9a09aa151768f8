class Config:
    @property
    def mode(self):
        return "fast"

c = Config()
print(c.mode)
c.mode = "slow"
