# A metaclass's __getattr__ only runs after type's own lookup failed: classmethods
# are bound, base classes are searched, instances' descriptors are not involved.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return name.upper()
        raise AttributeError(name)

class Base(metaclass=Meta):
    kind = 'base'
    @classmethod
    def make(cls, v):
        return cls.__name__, v
    @staticmethod
    def helper():
        return 'static'
    @property
    def prop(self):
        return 'instance property'

class Sub(Base):
    pass

print(Base.make(1), Sub.make(2), Sub.helper(), Sub.kind, Sub.dyn_x, type(Base.__dict__['prop']).__name__)
print(Sub.make.__self__ is Sub, Sub().prop, Sub.__name__, Sub.__mro__[1] is Base)
try:
    Sub.missing
except AttributeError as e:
    print('AttributeError', e)
