package org.dyad.event;

/**
 * One CAMEO event code with what the codebooks say of it.
 *
 * @param code          CAMEO code ("195")
 * @param name          the CAMEO name
 * @param goldstein     Goldstein scale value, -10..10
 * @param plover        PLOVER 2021 category, or null (CAMEO 01 and 02 are dropped by PLOVER)
 * @param ploverMode    PLOVER 2021 mode, or null
 * @param ploverContext PLOVER 2021 context, or null
 * @param plover2016    PLOVER 2016 category (the gold standard's), or null
 */
public record EventType(String code, String name, double goldstein, String plover, String ploverMode,
                        String ploverContext, String plover2016) {

    public String root() {
        return code.substring(0, 2);
    }

    /** GDELT's QuadClass: roots 01-05 verbal cooperation (1), 06-09 material cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4). */
    public int quadClass() {
        return quadClass(code);
    }

    public static int quadClass(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root <= 5) {
            return 1;
        } else if (root <= 9) {
            return 2;
        } else if (root <= 14) {
            return 3;
        }
        return 4;
    }
}
