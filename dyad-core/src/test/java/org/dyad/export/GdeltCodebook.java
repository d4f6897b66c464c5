package org.dyad.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The published GDELT column layouts, written from the codebooks as facts (names and order): GDELT
 * Event Codebook V2.0 (events and mentions) and GDELT Global Knowledge Graph Codebook V2.1. A reader
 * of Dyad's rows that knows only these layouts, as every GDELT tool does.
 */
final class GdeltCodebook {

    static final List<String> EVENT = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL");

    static final List<String> MENTIONS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
        "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
        "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
        "Extras");

    static final List<String> GKG = List.of("GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER",
        "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
        "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS",
        "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE",
        "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES",
        "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML");

    private GdeltCodebook() {
    }

    /** Reads one tab-separated line as a GDELT tool does: split on tabs, exactly the layout's columns. */
    static Map<String, String> read(List<String> layout, String line) {
        assertEquals(-1, line.indexOf('\n'), "a row holds no line break");
        String[] fields = line.split("\t", -1);
        assertEquals(layout.size(), fields.length, "columns in " + line);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            out.put(layout.get(i), fields[i]);
        }
        return out;
    }
}
