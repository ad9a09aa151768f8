import abc

class Plugin(abc.ABC):
    @abc.abstractmethod
    def load(self): ...
    @abc.abstractmethod
    def unload(self): ...

class Half(Plugin):
    def load(self):
        return "loaded"

print(sorted(Half.__abstractmethods__))
Half()
