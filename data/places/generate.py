#!/usr/bin/python3
"""Writes countries.tsv: every ISO 3166-1 country with its alpha-3 code, the names a news
text uses for it, and an approximate centroid.

Names come from Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json:
name, common_name, official_name), plus the everyday aliases below. Centroids are
approximate geographic centres written by vigil's authors from general knowledge, rounded
to two decimals; they place a country on a map, they are not survey data.

Usage: /usr/bin/python3 data/places/generate.py [ISO_3166_JSON]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"

# alpha-3 -> (lat, lon), approximate centroids.
CENTROIDS = {
    "ABW": (12.52, -69.97), "AFG": (33.94, 67.71), "AGO": (-11.20, 17.87), "AIA": (18.22, -63.07),
    "ALA": (60.18, 19.92), "ALB": (41.15, 20.17), "AND": (42.55, 1.60), "ARE": (23.42, 53.85),
    "ARG": (-38.42, -63.62), "ARM": (40.07, 45.04), "ASM": (-14.27, -170.13), "ATA": (-82.86, 135.00),
    "ATF": (-49.28, 69.35), "ATG": (17.06, -61.80), "AUS": (-25.27, 133.78), "AUT": (47.52, 14.55),
    "AZE": (40.14, 47.58), "BDI": (-3.37, 29.92), "BEL": (50.50, 4.47), "BEN": (9.31, 2.32),
    "BES": (12.18, -68.26), "BFA": (12.24, -1.56), "BGD": (23.68, 90.36), "BGR": (42.73, 25.49),
    "BHR": (26.07, 50.56), "BHS": (25.03, -77.40), "BIH": (43.92, 17.68), "BLM": (17.90, -62.83),
    "BLR": (53.71, 27.95), "BLZ": (17.19, -88.50), "BMU": (32.32, -64.76), "BOL": (-16.29, -63.59),
    "BRA": (-14.24, -51.93), "BRB": (13.19, -59.54), "BRN": (4.54, 114.73), "BTN": (27.51, 90.43),
    "BVT": (-54.42, 3.41), "BWA": (-22.33, 24.68), "CAF": (6.61, 20.94), "CAN": (56.13, -106.35),
    "CCK": (-12.16, 96.87), "CHE": (46.82, 8.23), "CHL": (-35.68, -71.54), "CHN": (35.86, 104.20),
    "CIV": (7.54, -5.55), "CMR": (7.37, 12.35), "COD": (-4.04, 21.76), "COG": (-0.23, 15.83),
    "COK": (-21.24, -159.78), "COL": (4.57, -74.30), "COM": (-11.88, 43.87), "CPV": (16.00, -24.01),
    "CRI": (9.75, -83.75), "CUB": (21.52, -77.78), "CUW": (12.17, -68.99), "CXR": (-10.45, 105.69),
    "CYM": (19.31, -81.25), "CYP": (35.13, 33.43), "CZE": (49.82, 15.47), "DEU": (51.17, 10.45),
    "DJI": (11.83, 42.59), "DMA": (15.41, -61.37), "DNK": (56.26, 9.50), "DOM": (18.74, -70.16),
    "DZA": (28.03, 1.66), "ECU": (-1.83, -78.18), "EGY": (26.82, 30.80), "ERI": (15.18, 39.78),
    "ESH": (24.22, -12.89), "ESP": (40.46, -3.75), "EST": (58.60, 25.01), "ETH": (9.15, 40.49),
    "FIN": (61.92, 25.75), "FJI": (-16.58, 179.41), "FLK": (-51.80, -59.52), "FRA": (46.23, 2.21),
    "FRO": (61.89, -6.91), "FSM": (7.43, 150.55), "GAB": (-0.80, 11.61), "GBR": (55.38, -3.44),
    "GEO": (42.32, 43.36), "GGY": (49.47, -2.59), "GHA": (7.95, -1.02), "GIB": (36.14, -5.35),
    "GIN": (9.95, -9.70), "GLP": (16.27, -61.55), "GMB": (13.44, -15.31), "GNB": (11.80, -15.18),
    "GNQ": (1.65, 10.27), "GRC": (39.07, 21.82), "GRD": (12.26, -61.60), "GRL": (71.71, -42.60),
    "GTM": (15.78, -90.23), "GUF": (3.93, -53.13), "GUM": (13.44, 144.79), "GUY": (4.86, -58.93),
    "HKG": (22.32, 114.17), "HMD": (-53.08, 73.50), "HND": (15.20, -86.24), "HRV": (45.10, 15.20),
    "HTI": (18.97, -72.29), "HUN": (47.16, 19.50), "IDN": (-0.79, 113.92), "IMN": (54.24, -4.55),
    "IND": (20.59, 78.96), "IOT": (-6.34, 71.88), "IRL": (53.41, -8.24), "IRN": (32.43, 53.69),
    "IRQ": (33.22, 43.68), "ISL": (64.96, -19.02), "ISR": (31.05, 34.85), "ITA": (41.87, 12.57),
    "JAM": (18.11, -77.30), "JEY": (49.21, -2.13), "JOR": (30.59, 36.24), "JPN": (36.20, 138.25),
    "KAZ": (48.02, 66.92), "KEN": (-0.02, 37.91), "KGZ": (41.20, 74.77), "KHM": (12.57, 104.99),
    "KIR": (-3.37, -168.73), "KNA": (17.36, -62.78), "KOR": (35.91, 127.77), "KWT": (29.31, 47.48),
    "LAO": (19.86, 102.50), "LBN": (33.85, 35.86), "LBR": (6.43, -9.43), "LBY": (26.34, 17.23),
    "LCA": (13.91, -60.98), "LIE": (47.17, 9.56), "LKA": (7.87, 80.77), "LSO": (-29.61, 28.23),
    "LTU": (55.17, 23.88), "LUX": (49.82, 6.13), "LVA": (56.88, 24.60), "MAC": (22.20, 113.54),
    "MAF": (18.08, -63.05), "MAR": (31.79, -7.09), "MCO": (43.75, 7.41), "MDA": (47.41, 28.37),
    "MDG": (-18.77, 46.87), "MDV": (3.20, 73.22), "MEX": (23.63, -102.55), "MHL": (7.13, 171.18),
    "MKD": (41.61, 21.75), "MLI": (17.57, -4.00), "MLT": (35.94, 14.38), "MMR": (21.91, 95.96),
    "MNE": (42.71, 19.37), "MNG": (46.86, 103.85), "MNP": (17.33, 145.38), "MOZ": (-18.67, 35.53),
    "MRT": (21.01, -10.94), "MSR": (16.74, -62.19), "MTQ": (14.64, -61.02), "MUS": (-20.35, 57.55),
    "MWI": (-13.25, 34.30), "MYS": (4.21, 101.98), "MYT": (-12.83, 45.17), "NAM": (-22.96, 18.49),
    "NCL": (-20.90, 165.62), "NER": (17.61, 8.08), "NFK": (-29.04, 167.95), "NGA": (9.08, 8.68),
    "NIC": (12.87, -85.21), "NIU": (-19.05, -169.87), "NLD": (52.13, 5.29), "NOR": (60.47, 8.47),
    "NPL": (28.39, 84.12), "NRU": (-0.52, 166.93), "NZL": (-40.90, 174.89), "OMN": (21.51, 55.92),
    "PAK": (30.38, 69.35), "PAN": (8.54, -80.78), "PCN": (-24.70, -127.44), "PER": (-9.19, -75.02),
    "PHL": (12.88, 121.77), "PLW": (7.51, 134.58), "PNG": (-6.31, 143.96), "POL": (51.92, 19.15),
    "PRI": (18.22, -66.59), "PRK": (40.34, 127.51), "PRT": (39.40, -8.22), "PRY": (-23.44, -58.44),
    "PSE": (31.95, 35.23), "PYF": (-17.68, -149.41), "QAT": (25.35, 51.18), "REU": (-21.12, 55.54),
    "ROU": (45.94, 24.97), "RUS": (61.52, 105.32), "RWA": (-1.94, 29.87), "SAU": (23.89, 45.08),
    "SDN": (12.86, 30.22), "SEN": (14.50, -14.45), "SGP": (1.35, 103.82), "SGS": (-54.43, -36.59),
    "SHN": (-15.96, -5.71), "SJM": (77.55, 23.67), "SLB": (-9.65, 160.16), "SLE": (8.46, -11.78),
    "SLV": (13.79, -88.90), "SMR": (43.94, 12.46), "SOM": (5.15, 46.20), "SPM": (46.94, -56.27),
    "SRB": (44.02, 21.01), "SSD": (6.88, 31.31), "STP": (0.19, 6.61), "SUR": (3.92, -56.03),
    "SVK": (48.67, 19.70), "SVN": (46.15, 14.99), "SWE": (60.13, 18.64), "SWZ": (-26.52, 31.47),
    "SXM": (18.04, -63.07), "SYC": (-4.68, 55.49), "SYR": (34.80, 38.997), "TCA": (21.69, -71.80),
    "TCD": (15.45, 18.73), "TGO": (8.62, 0.82), "THA": (15.87, 100.99), "TJK": (38.86, 71.28),
    "TKL": (-8.97, -171.86), "TKM": (38.97, 59.56), "TLS": (-8.87, 125.73), "TON": (-21.18, -175.20),
    "TTO": (10.69, -61.22), "TUN": (33.89, 9.54), "TUR": (38.96, 35.24), "TUV": (-7.11, 177.65),
    "TWN": (23.70, 120.96), "TZA": (-6.37, 34.89), "UGA": (1.37, 32.29), "UKR": (48.38, 31.17),
    "UMI": (19.28, 166.65), "URY": (-32.52, -55.77), "USA": (37.09, -95.71), "UZB": (41.38, 64.59),
    "VAT": (41.90, 12.45), "VCT": (12.98, -61.29), "VEN": (6.42, -66.59), "VGB": (18.42, -64.64),
    "VIR": (18.34, -64.90), "VNM": (14.06, 108.28), "VUT": (-15.38, 166.96), "WLF": (-13.77, -177.16),
    "WSM": (-13.76, -172.10), "YEM": (15.55, 48.52), "ZAF": (-30.56, 22.94), "ZMB": (-13.13, 27.85),
    "ZWE": (-19.02, 29.15),
}

# Everyday names that iso-codes does not list, or lists only in "Name, qualifier" form.
ALIASES = {
    "USA": ["United States", "United States of America", "US", "U.S.", "U.S.A.", "USA"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland",
            "Wales", "Northern Ireland"],
    "RUS": ["Russia"],
    "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea", "DPRK"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "VEN": ["Venezuela"],
    "BOL": ["Bolivia"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "LAO": ["Laos"],
    "VNM": ["Vietnam", "Viet Nam"],
    "TWN": ["Taiwan"],
    "PSE": ["Palestine", "Palestinian Territories", "West Bank", "Gaza", "Gaza Strip"],
    "COD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
            "Congo-Kinshasa"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "CIV": ["Ivory Coast", "Côte d’Ivoire", "Cote d'Ivoire"],
    "CZE": ["Czech Republic", "Czechia"],
    "MKD": ["North Macedonia", "Macedonia"],
    "MMR": ["Myanmar", "Burma"],
    "SWZ": ["Eswatini", "Swaziland"],
    "TUR": ["Turkey", "Türkiye"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "FSM": ["Micronesia"],
    "BRN": ["Brunei"],
    "MAC": ["Macau", "Macao"],
    "HKG": ["Hong Kong", "HK"],
    "NLD": ["Netherlands", "Holland", "the Netherlands"],
    "ARE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "SAU": ["Saudi Arabia"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas", "The Bahamas"],
    "FLK": ["Falkland Islands", "Falklands"],
    "VGB": ["British Virgin Islands"],
    "VIR": ["US Virgin Islands", "U.S. Virgin Islands"],
    "SHN": ["Saint Helena", "St Helena"],
    "MAF": ["Saint Martin"],
    "SXM": ["Sint Maarten"],
    "KNA": ["St Kitts and Nevis"],
    "LCA": ["St Lucia"],
    "VCT": ["St Vincent and the Grenadines"],
    "CCK": ["Cocos Islands"],
    "NZL": ["New Zealand"],
    "BES": ["Caribbean Netherlands", "Bonaire"],
    "ZAF": ["South Africa"],
}


def usable(name):
    # "Korea, Republic of" and "Congo, The Democratic Republic of the" are catalogue forms,
    # never written in news.
    return name and "," not in name and "(" not in name


def main():
    with open(ISO, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    rows = []
    for c in countries:
        a3 = c["alpha_3"]
        if a3 not in CENTROIDS:
            sys.exit("no centroid for " + a3)
        names = []
        for key in ("common_name", "name", "official_name"):
            n = c.get(key, "")
            if usable(n) and n not in names:
                names.append(n)
        for n in ALIASES.get(a3, []):
            if n not in names:
                names.append(n)
        if not names:
            sys.exit("no usable name for " + a3)
        canonical = ALIASES[a3][0] if a3 in ALIASES else names[0]
        aliases = [n for n in names if n != canonical]
        lat, lon = CENTROIDS[a3]
        rows.append((canonical, a3, lat, lon, aliases))
    with open(os.path.join(HERE, "countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# Generated by generate.py from Debian iso-codes (ISO 3166-1) and vigil's own\n")
        out.write("# aliases and approximate centroids. Do not edit: edit generate.py.\n")
        out.write("name\tkind\tcountry\tlat\tlon\taliases\n")
        for canonical, a3, lat, lon, aliases in rows:
            out.write("%s\tcountry\t%s\t%.2f\t%.2f\t%s\n" % (canonical, a3, lat, lon, "|".join(aliases)))


if __name__ == "__main__":
    main()
