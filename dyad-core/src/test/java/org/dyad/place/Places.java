package org.dyad.place;

import java.util.List;

/** A small hand-made gazetteer for the place stage's unit tests: made-up ids, approximate coordinates. */
final class Places {

    static final GazetteerEntry SYRIA = country(1, "Syria", "SYR", 35.0, 38.0, 17_000_000);
    static final GazetteerEntry TURKEY = country(2, "Turkey", "TUR", 39.0, 35.0, 60_000_000);
    static final GazetteerEntry EGYPT = country(3, "Egypt", "EGY", 27.0, 30.0, 70_000_000);
    static final GazetteerEntry USA = country(4, "United States", "USA", 39.8, -98.6, 260_000_000);
    static final GazetteerEntry GEORGIA = country(5, "Georgia", "GEO", 42.0, 43.5, 3_000_000);
    static final GazetteerEntry UK = country(6, "United Kingdom", "GBR", 54.0, -2.0, 55_000_000);
    static final GazetteerEntry MEXICO = country(7, "Mexico", "MEX", 23.0, -102.0, 100_000_000);
    static final GazetteerEntry MALI = country(9, "Mali", "MLI", 17.0, -4.0, 12_000_000);
    static final GazetteerEntry EUROPE = new GazetteerEntry(8, "Europe", "Europe", null, null, null, 48.7, 9.1, "L", "CONT", 0);
    static final GazetteerEntry GULF = new GazetteerEntry(0, "Persian Gulf", "Persian Gulf", null, null, null, 26.5, 52, "L", "RGN", 0);

    static final GazetteerEntry IDLIB = place(20, "Idlib", "SYR", "08", 35.93, 36.63, "PPLA", 128_000);
    static final GazetteerEntry ALEPPO = place(21, "Aleppo", "SYR", "09", 36.2, 37.16, "PPLA", 1_600_000);
    static final GazetteerEntry ANTALYA = place(22, "Antalya", "TUR", "07", 36.9, 30.7, "PPLA", 1_344_000);
    static final GazetteerEntry ANTALYA_PROVINCE = admin1(23, "Antalya", "TUR", "07", 37.1, 30.9, 2_300_000);
    static final GazetteerEntry ALEXANDRIA_EG = place(24, "Alexandria", "EGY", "06", 31.2, 29.9, "PPLA", 3_800_000);
    static final GazetteerEntry ALEXANDRIA_LA = place(25, "Alexandria", "USA", "LA", 31.31, -92.45, "PPLA2", 47_000);
    static final GazetteerEntry ALEXANDRIA_VA = place(26, "Alexandria", "USA", "VA", 38.8, -77.05, "PPL", 155_000);
    static final GazetteerEntry LOUISIANA = admin1(30, "Louisiana", "USA", "LA", 31.0, -92.0, 4_000_000);
    static final GazetteerEntry KENTUCKY = admin1(31, "Kentucky", "USA", "KY", 37.5, -85.0, 3_000_000);
    static final GazetteerEntry GEORGIA_US = admin1(32, "Georgia", "USA", "GA", 32.7, -83.4, 8_000_000);
    static final GazetteerEntry TEXAS = admin1(33, "Texas", "USA", "TX", 31.0, -99.0, 20_000_000);
    static final GazetteerEntry ENGLAND = admin1(34, "England", "GBR", "ENG", 52.5, -1.5, 45_000_000);
    static final GazetteerEntry NEW_MEXICO = admin1(35, "New Mexico", "USA", "NM", 34.5, -106.0, 1_700_000);
    static final GazetteerEntry ATLANTA = place(40, "Atlanta", "USA", "GA", 33.75, -84.39, "PPLA", 460_000);
    static final GazetteerEntry SAVANNAH = place(41, "Savannah", "USA", "GA", 32.08, -81.1, "PPLA2", 145_000);
    static final GazetteerEntry PARIS = place(42, "Paris", "FRA", "11", 48.85, 2.35, "PPLC", 2_100_000);
    static final GazetteerEntry PARIS_TX = place(43, "Paris", "USA", "TX", 33.66, -95.56, "PPLA2", 25_000);
    static final GazetteerEntry DALLAS = place(44, "Dallas", "USA", "TX", 32.78, -96.8, "PPLA2", 1_300_000);
    static final GazetteerEntry FARGO = place(45, "Fargo", "USA", "ND", 46.88, -96.79, "PPLA2", 120_000);
    static final GazetteerEntry MOORHEAD = place(46, "Moorhead", "USA", "MN", 46.87, -96.77, "PPLA2", 38_000);
    static final GazetteerEntry DUBLIN = place(47, "Dublin", "IRL", "L", 53.33, -6.25, "PPLC", 1_000_000);
    static final GazetteerEntry WASHINGTON = place(48, "Washington", "USA", "DC", 38.9, -77.04, "PPLC", 690_000);
    static final GazetteerEntry KIDAL = place(49, "Kidal", "MLI", "08", 18.44, 1.41, "PPLA", 26_000);
    static final GazetteerEntry JORDAN_TOWN = place(50, "Jordan", "USA", "MN", 44.67, -93.63, "PPL", 6_000);
    static final GazetteerEntry WHITE_HOUSE = place(51, "White House", "USA", "TN", 36.47, -86.65, "PPL", 10_000);
    static final GazetteerEntry EASTLAND = county("Eastland County", "TX", "133", 32.33, -98.83, 18_000);
    static final GazetteerEntry CALLAHAN = county("Callahan County", "TX", "059", 32.3, -99.37, 13_000);
    static final GazetteerEntry WALKER_TX = county("Walker County", "TX", "471", 30.74, -95.57, 42_000);
    static final GazetteerEntry WALKER_GA = county("Walker County", "GA", "295", 34.74, -85.3, 40_000);
    static final GazetteerEntry GULF_PROVINCE = admin1(36, "Gulf", "PNG", "01", -7.5, 144.5, 160_000);
    static final GazetteerEntry COLUMBUS_OH = place(52, "Columbus", "USA", "OH", 39.96, -83.0, "PPLA", 900_000);
    static final GazetteerEntry COLUMBUS_GA = place(53, "Columbus", "USA", "GA", 32.46, -84.99, "PPLA2", 190_000);
    static final GazetteerEntry HARRIS_TX = county("Harris County", "TX", "201", 29.86, -95.39, 4_700_000);
    static final GazetteerEntry HARRIS_GA = county("Harris County", "GA", "145", 32.74, -84.91, 35_000);
    static final GazetteerEntry RAQQAH = place(54, "Ar Raqqah", "SYR", "04", 35.95, 39.01, "PPLA", 178_000);
    static final GazetteerEntry RAQQAH_PROVINCE = admin1(55, "Ar-Raqqah", "SYR", "04", 36.0, 38.9, 265_000);
    static final GazetteerEntry NIGERIA = country(10, "Nigeria", "NGA", 9.0, 8.0, 150_000_000);
    static final GazetteerEntry BORNO = admin1(56, "Borno", "NGA", "05", 11.5, 13.0, 4_000_000);
    static final GazetteerEntry MAIDUGURI = place(57, "Maiduguri", "NGA", "05", 11.85, 13.16, "PPLA", 1_100_000);
    static final GazetteerEntry DEIR_EZ_ZOR = place(59, "Deir ez-Zor", "SYR", "07", 35.33, 40.14, "PPLA", 240_000);
    static final GazetteerEntry BAGA_ES = place(58, "Baga", "ESP", "56", 42.25, 1.86, "PPL", 2_200);
    static final GazetteerEntry TADMUR = place(60, "Tadmur", "SYR", "11", 34.56, 38.28, "PPLA2", 51_000);
    static final GazetteerEntry PALMYRA_PA = place(61, "Palmyra", "USA", "PA", 40.31, -76.59, "PPL", 7_400);
    static final GazetteerEntry PALMYRA_MO = place(62, "Palmyra", "USA", "MO", 39.79, -91.52, "PPLA2", 3_600);
    static final GazetteerEntry PENNSYLVANIA = admin1(68, "Pennsylvania", "USA", "PA", 40.9, -77.8, 12_000_000);
    static final GazetteerEntry OKLAHOMA = admin1(69, "Oklahoma", "USA", "OK", 35.45, -97.13, 3_000_000);
    static final GazetteerEntry OKLAHOMA_CITY = place(70, "Oklahoma City", "USA", "OK", 35.47, -97.52, "PPLA", 650_000);
    static final GazetteerEntry MOORE = place(71, "Moore", "USA", "OK", 35.34, -97.49, "PPL", 61_000);
    static final GazetteerEntry NORMAN = place(72, "Norman", "USA", "OK", 35.22, -97.44, "PPLA2", 122_000);
    static final GazetteerEntry NORMAN_AR = place(75, "Norman", "USA", "AR", 34.46, -93.68, "PPL", 380);
    static final GazetteerEntry EDMOND = place(76, "Edmond", "USA", "OK", 35.65, -97.48, "PPL", 91_000);
    static final GazetteerEntry EDMOND_KS = place(77, "Edmond", "USA", "KS", 39.63, -99.82, "PPL", 50);
    static final GazetteerEntry SUPREME = place(78, "Supreme", "USA", "LA", 29.86, -90.98, "PPL", 1_100);
    static final GazetteerEntry SUPERIOR = place(79, "Superior", "USA", "WI", 46.72, -92.1, "PPLA2", 26_000);
    static final GazetteerEntry STATE_OF_MEXICO = admin1(80, "Mexico", "MEX", "15", 19.35, -99.63, 15_000_000);
    static final GazetteerEntry CHATTOGRAM = place(73, "Chattogram", "BGD", "84", 22.34, 91.83, "PPLA", 3_900_000);
    static final GazetteerEntry CHITTAGONG_DIVISION = admin1(74, "Chittagong", "BGD", "84", 22.5, 91.9, 6_000_000);
    static final GazetteerEntry MASON_OH = place(63, "Mason", "USA", "OH", 39.36, -84.31, "PPL", 32_700);
    static final GazetteerEntry CANADA = country(11, "Canada", "CAN", 60.0, -96.0, 30_000_000);
    static final GazetteerEntry ONTARIO = admin1(64, "Ontario", "CAN", "08", 50.5, -84.8, 11_000_000);
    static final GazetteerEntry QUEBEC = admin1(65, "Quebec", "CAN", "10", 52.0, -72.0, 6_500_000);
    static final GazetteerEntry QUEBEC_CITY = place(66, "Quebec", "CAN", "10", 46.81, -71.21, "PPLA", 530_000);
    static final GazetteerEntry MONTREAL = place(67, "Montreal", "CAN", "10", 45.5, -73.57, "PPL", 1_600_000);
    static final GazetteerEntry SUSSEX = new GazetteerEntry(81, "Sussex", "Sussex", "GBR", "ENG", null, 50.9, -0.11, "A", "ADM2", 1_760_000);
    static final GazetteerEntry SUSSEX_WI = place(82, "Sussex", "USA", "WI", 43.13, -88.22, "PPL", 10_800);
    static final GazetteerEntry CORNWALL = new GazetteerEntry(83, "Cornwall", "Cornwall", "GBR", "ENG", null, 50.4, -4.9, "A", "ADM2", 403_000);
    static final GazetteerEntry CORNWALL_ON = place(84, "Cornwall", "CAN", "08", 45.02, -74.73, "PPL", 48_800);
    static final GazetteerEntry KHAN_SHAYKHUN = place(85, "Khan Shaykhun", "SYR", "12", 35.44, 36.65, "PPLA3", 49_000);
    static final GazetteerEntry MAARAT = place(86, "Maarat al-Numan", "SYR", "12", 35.64, 36.67, "PPLA2", 0);
    static final GazetteerEntry OAXACA = admin1(87, "Oaxaca", "MEX", "20", 17.0, -96.5, 3_800_000);
    static final GazetteerEntry OAXACA_CITY = place(88, "Oaxaca", "MEX", "20", 17.06, -96.73, "PPLA", 260_000);
    static final GazetteerEntry CHAD = country(12, "Chad", "TCD", 15.3, 18.6, 10_000_000);
    static final GazetteerEntry LEBANON = country(13, "Lebanon", "LBN", 33.9, 35.9, 4_000_000);
    static final GazetteerEntry BEKAA = admin1(89, "Bekaa", "LBN", "01", 33.85, 35.9, 500_000);
    static final GazetteerEntry PERTH = place(90, "Perth", "AUS", "08", -31.95, 115.86, "PPLA", 1_900_000);
    static final GazetteerEntry PERTH_SCOTLAND = place(91, "Perth", "GBR", "SCT", 56.4, -3.43, "PPL", 47_000);
    static final GazetteerEntry PERTH_ONTARIO = place(92, "Perth", "CAN", "08", 44.9, -76.25, "PPL", 6_000);
    static final GazetteerEntry KETSCH = place(93, "Ketsch", "DEU", "01", 49.37, 8.53, "PPLA4", 13_000);
    static final GazetteerEntry PULWAMA = place(94, "Pulwama", "IND", "12", 33.87, 74.9, "PPLA2", 19_000);
    static final GazetteerEntry LIMERICK = place(95, "Limerick", "IRL", "M", 52.66, -8.62, "PPLA2", 94_000);
    static final GazetteerEntry LIMERICK_PA = place(96, "Limerick", "USA", "PA", 40.23, -75.52, "PPL", 18_000);
    static final GazetteerEntry SAN_RAMON = place(97, "San Ramon", "USA", "CA", 37.78, -121.98, "PPL", 76_000);
    static final GazetteerEntry MONT_LIBAN = admin1(98, "Mont-Liban", "LBN", "05", 33.83, 35.58, 140_000);
    static final GazetteerEntry MOUNT_LEBANON_PA = place(99, "Mount Lebanon", "USA", "PA", 40.36, -80.04, "PPL", 33_000);
    static final GazetteerEntry MOUNT_SINAI_NY = place(100, "Mount Sinai", "USA", "NY", 40.95, -73.02, "PPL", 12_000);
    static final GazetteerEntry NEWCASTLE_UPON_TYNE = place(101, "Newcastle upon Tyne", "GBR", "ENG", 54.98, -1.61, "PPLA2", 192_000);
    static final GazetteerEntry NEWCASTLE_ZA = place(102, "Newcastle", "ZAF", "02", -27.76, 29.93, "PPLA2", 400_000);
    static final GazetteerEntry PUNJAB_PK = admin1(104, "Punjab", "PAK", "04", 31.36, 72.34, 26_800_000);
    static final GazetteerEntry PUNJAB_IN = admin1(105, "Punjab", "IND", "23", 30.93, 75.5, 8_000_000);
    static final GazetteerEntry ROSTOV_NA_DONU = place(103, "Rostov-na-Donu", "RUS", "61", 47.23, 39.72, "PPLA", 1_070_000);

    private Places() {
    }

    /** The fixture gazetteer, with the alternate names the tests need. */
    static Gazetteer gazetteer() {
        return Gazetteer.builder()
            .add(SYRIA).add(TURKEY).add(EGYPT).add(USA, "America", "US").add(GEORGIA).add(UK, "Britain").add(MEXICO).add(MALI)
            .add(EUROPE).add(GULF, "the Gulf")
            .add(IDLIB).add(ALEPPO).add(ANTALYA).add(ANTALYA_PROVINCE).add(ALEXANDRIA_EG).add(ALEXANDRIA_LA)
            .add(ALEXANDRIA_VA).add(LOUISIANA).add(KENTUCKY).add(GEORGIA_US).add(TEXAS).add(ENGLAND).add(NEW_MEXICO)
            .add(ATLANTA).add(SAVANNAH).add(PARIS).add(PARIS_TX).add(DALLAS).add(FARGO).add(MOORHEAD).add(DUBLIN)
            .add(WASHINGTON).add(KIDAL).add(JORDAN_TOWN).add(WHITE_HOUSE)
            .add(EASTLAND, "Eastland Co.").add(CALLAHAN).add(WALKER_TX).add(WALKER_GA)
            .add(GULF_PROVINCE).add(COLUMBUS_OH).add(COLUMBUS_GA).add(HARRIS_TX).add(HARRIS_GA)
            .add(RAQQAH, "Raqqa").add(RAQQAH_PROVINCE, "Raqqa").add(NIGERIA).add(BORNO).add(MAIDUGURI).add(BAGA_ES)
            .add(DEIR_EZ_ZOR, "Deir al-Zor")
            // GeoNames spells Tadmur's world name in several languages; "Palmyra" is only an old name of Mason
            .add(TADMUR, "Palmyra", "Palmyre", "Pal'mira", "Tadmor").add(PALMYRA_PA).add(PALMYRA_MO).add(PENNSYLVANIA)
            .add(MASON_OH, "Palmyra", "Mehson", "Mejson")
            .add(OKLAHOMA).add(OKLAHOMA_CITY, "Oklahoma").add(MOORE).add(NORMAN).add(NORMAN_AR).add(EDMOND).add(EDMOND_KS).add(SUPREME).add(SUPERIOR).add(STATE_OF_MEXICO)
            .add(CHATTOGRAM, "Chittagong", "Chitagong", "Chittagong Ghat").add(CHITTAGONG_DIVISION)
            .add(CANADA).add(ONTARIO).add(QUEBEC, "Québec").add(QUEBEC_CITY, "Québec", "Quebec City").add(MONTREAL)
            .add(SUSSEX).add(SUSSEX_WI).add(CORNWALL).add(CORNWALL_ON).add(KHAN_SHAYKHUN, "Khan Sheikhoun")
            .add(MAARAT).add(OAXACA).add(OAXACA_CITY)
            .add(CHAD).add(LEBANON).add(BEKAA).add(PERTH).add(PERTH_SCOTLAND).add(PERTH_ONTARIO)
            .add(KETSCH, "Kech").add(PULWAMA).add(LIMERICK).add(LIMERICK_PA).add(SAN_RAMON, "Limerick")
            .add(MONT_LIBAN, "Mount Lebanon").add(MOUNT_LEBANON_PA).add(MOUNT_SINAI_NY)
            .add(NEWCASTLE_UPON_TYNE, "Newcastle").add(NEWCASTLE_ZA).add(ROSTOV_NA_DONU, "Rostov-on-Don", "Rostov")
            .add(PUNJAB_PK).add(PUNJAB_IN, "State of Punjab")
            .build();
    }

    static DivisionAbbreviations abbreviations(Gazetteer g) {
        return DivisionAbbreviations.of(List.of(
            new DivisionAbbreviations.Line("Ky.", "USA", "Kentucky", true, "test:1"),
            new DivisionAbbreviations.Line("La.", "USA", "Louisiana", false, "test:2"),
            new DivisionAbbreviations.Line("Ga.", "USA", "Georgia", false, "test:3")), g);
    }

    static GazetteerEntry country(long id, String name, String iso3, double lat, double lon, long population) {
        return new GazetteerEntry(id, name, name, iso3, null, null, lat, lon, "A", "PCLI", population);
    }

    static GazetteerEntry place(long id, String name, String iso3, String admin1, double lat, double lon, String code,
                                long population) {
        return new GazetteerEntry(id, name, name, iso3, admin1, null, lat, lon, "P", code, population);
    }

    static GazetteerEntry admin1(long id, String name, String iso3, String admin1, double lat, double lon, long population) {
        return new GazetteerEntry(id, name, name, iso3, admin1, null, lat, lon, "A", "ADM1", population);
    }

    static GazetteerEntry county(String name, String admin1, String fips, double lat, double lon, long population) {
        return new GazetteerEntry(0, name, name, "USA", admin1, fips, lat, lon, "A", "ADM2", population);
    }
}
