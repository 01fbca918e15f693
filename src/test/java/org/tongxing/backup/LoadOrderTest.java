package org.tongxing.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxing.backup.Catalog.ForeignKey;

class LoadOrderTest {

    private static ForeignKey key(String table, String referenced) {
        return new ForeignKey(table + "_" + referenced + "_fkey", table, referenced, "FOREIGN KEY ...");
    }

    @Test
    void aTableIsLoadedAfterEveryTableItReferences() {
        LoadOrder order = LoadOrder.of(List.of("need", "household", "area"),
                List.of(key("need", "household"), key("need", "area"), key("household", "area")));

        assertThat(order.tables()).containsExactly("area", "household", "need");
        assertThat(order.deferred()).isEmpty();
    }

    @Test
    void aKeyWithinOneTableDefersNothing() {
        LoadOrder order = LoadOrder.of(List.of("area"), List.of(key("area", "area")));

        assertThat(order.tables()).containsExactly("area");
        assertThat(order.deferred()).isEmpty();
    }

    @Test
    void aCycleBetweenTablesIsBrokenByDeferringTheKeyThatClosesIt() {
        ForeignKey contact = key("household", "household_member");
        LoadOrder order = LoadOrder.of(List.of("volunteer", "household_member", "household", "area"), List.of(
                key("household", "area"), contact, key("household_member", "household"),
                key("volunteer", "household_member")));

        assertThat(order.deferred()).containsExactly(contact);
        assertThat(order.tables()).containsExactly("area", "household", "household_member", "volunteer");
    }

    @Test
    void onlyKeysOnTheCycleAreDeferred() {
        ForeignKey closing = key("a", "b");
        LoadOrder order = LoadOrder.of(List.of("a", "b", "c", "d"),
                List.of(closing, key("b", "a"), key("a", "d"), key("d", "c")));

        assertThat(order.deferred()).containsExactly(closing);
        assertThat(order.tables()).containsExactly("c", "d", "a", "b");
    }

    @Test
    void keysToTablesOutsideTheBackupAreIgnored() {
        LoadOrder order = LoadOrder.of(List.of("household"), List.of(key("household", "elsewhere")));

        assertThat(order.tables()).containsExactly("household");
        assertThat(order.deferred()).isEmpty();
    }
}
