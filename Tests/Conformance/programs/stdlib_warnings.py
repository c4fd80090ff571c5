# CPython's warnings.py on top of the native _warnings.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("second", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("hidden")
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, line="x = 1"))
