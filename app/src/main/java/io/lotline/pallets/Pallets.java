package io.lotline.pallets;

import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.References;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;
import java.util.List;

/** Packs pallets onto pallets, unpacks them, and moves or ships an outer pallet with all it carries. */
public interface Pallets {

    /** Packs the children onto the pallet, once per idempotency key. */
    Packing pack(BookingContext context, String pallet, PackPallets command);

    /** Takes the children off the pallet, once per idempotency key. */
    Packing unpack(BookingContext context, String pallet, PackPallets command);

    /** The pallets an EPCIS event packed onto the pallet ({@code PACK}) or took off it ({@code UNPACK}). */
    List<String> recordedFor(String pallet, String eventId, Packing.Action action);

    /** What lies on the pallet: its own lots and the pallets packed on it, each with theirs. */
    PalletContents contents(String pallet);

    /** Moves an outer pallet with every lot on it and on the pallets inside it, as one ledger command. */
    Booking transfer(BookingContext context, String pallet, MovePallet command);

    /** Ships an outer pallet with every lot on it and on the pallets inside it, as one ledger command. */
    Booking ship(BookingContext context, String pallet, ShipPallet command);

    /** The pallets to pack or unpack (SSCCs or licence plates); {@code eventId} is the EPCIS event that said so. */
    record PackPallets(List<@Code String> children, String eventId) {
        public PackPallets {
            if (children != null && children.contains(null)) {
                throw new InvalidInput("children[" + children.indexOf(null) + "]", null, "required",
                        "Name each pallet by its SSCC or licence plate");
            }
            children = children == null ? List.of() : List.copyOf(children);
        }

        public PackPallets(List<String> children) {
            this(children, null);
        }
    }

    /** Where the outer pallet goes, and why. */
    record MovePallet(@Code String to, @Code String reasonCode, @FreeText String note) {
    }

    /** To which customer the outer pallet goes, under which documents. */
    record ShipPallet(@Code String customer, @Valid References references) {
    }
}
