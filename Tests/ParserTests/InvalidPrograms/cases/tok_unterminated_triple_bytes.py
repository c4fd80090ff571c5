x = b"""abc
