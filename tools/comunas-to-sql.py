#!/usr/bin/env python3
"""Turns shared/data/comunas.csv into the reference-data part of V1__network.sql.

Run once when the reference data changes; the generated SQL is committed, so the product
never reads ../shared at run time.
"""
import csv, sys

def q(s):
    return "'" + s.replace("'", "''") + "'"

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
regions = sorted({(r["codigo_region"], r["nombre_region"]) for r in rows})
print("insert into region (code, name) values")
print(",\n".join(f"  ({q(c)}, {q(n)})" for c, n in regions) + ";")
print()
print("insert into comuna (code, name, province_code, province_name, region_code) values")
print(",\n".join(
    f"  ({q(r['codigo_comuna'])}, {q(r['nombre_comuna'])}, {q(r['codigo_provincia'])}, {q(r['nombre_provincia'])}, {q(r['codigo_region'])})"
    for r in rows) + ";")
