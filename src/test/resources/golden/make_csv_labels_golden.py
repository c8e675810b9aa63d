"""Prints the classes pandas 1.5 (Debian's python3-pandas) reads from label columns spelled several
ways; CsvFormatTest expects the same classes (numbers as numbers, pandas' booleans). Also the
delimiter and decimal cases: pandas with sep/decimal given reads the same numbers the Java side detects."""
import io
import pandas as pd

for text in ["y\n1\n1.0\n0\n0.0\n", "y\nTrue\nfalse\nTRUE\n", "y\ntrue\nFalse\n", "y\nyes\nno\n",
             "y\nTrue\n1\n", "y\n2\n10\n1e1\n"]:
    s = pd.read_csv(io.StringIO(text))["y"]
    print(repr(text), s.dtype, sorted(s.unique().tolist(), key=str))
print(pd.read_csv(io.StringIO("a;b;y\n1,5;2;x\n-0,25;3,0;z\n"), sep=";", decimal=",").values.tolist())
print(pd.read_csv(io.StringIO("a\tb\ty\n1.5\t2\tx\n-0.25\t3.0\tz\n"), sep="\t").values.tolist())
