"""One benchmark's results: every value a worker timed, in the order it timed them."""
from . import _output


class Benchmark:
    def __init__(self, name, metadata, warmups, values):
        self._name = name
        self._metadata = metadata
        # [loops, seconds per loop] pairs, calibration first.
        self._warmups = warmups
        self._values = values

    def get_name(self):
        return self._name

    def get_metadata(self):
        return dict(self._metadata, name=self._name)

    def get_loops(self):
        return self._metadata["loops"]

    def get_inner_loops(self):
        return self._metadata["inner_loops"]

    def get_warmups(self):
        return [tuple(pair) for pair in self._warmups]

    def get_values(self):
        return tuple(self._values)

    def get_nvalue(self):
        return len(self._values)

    def mean(self):
        return _output.mean_and_stdev(self._values)[0]

    def stdev(self):
        return _output.mean_and_stdev(self._values)[1]

    def median(self):
        ordered = sorted(self._values)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2

    def to_document(self):
        return _output.benchmark_document(self._name, self._metadata, self._warmups, self._values)
