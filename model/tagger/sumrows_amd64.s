//go:build !purego

#include "textflag.h"

// The sums are kept as X0 (sums 0 to 3), X1 (4 to 7) and X2 (8). A row's
// weights start 8 bytes into its 64-byte slot (after the key), a near
// feature's at the start of its weights; neither is 16-byte aligned, so
// they are loaded with MOVUPS before the packed add.

// func sumRows(near *[4]*weights, slots []slot, rows []int32, sums *[NTags]float32)
TEXT ·sumRows(SB), NOSPLIT, $0-64
	MOVQ	sums+56(FP), DI
	MOVUPS	0(DI), X0
	MOVUPS	16(DI), X1
	MOVSS	32(DI), X2
	MOVQ	near+0(FP), AX
	MOVQ	0(AX), DX
	MOVUPS	0(DX), X3
	ADDPS	X3, X0
	MOVUPS	16(DX), X4
	ADDPS	X4, X1
	ADDSS	32(DX), X2
	MOVQ	8(AX), DX
	MOVUPS	0(DX), X3
	ADDPS	X3, X0
	MOVUPS	16(DX), X4
	ADDPS	X4, X1
	ADDSS	32(DX), X2
	MOVQ	16(AX), DX
	MOVUPS	0(DX), X3
	ADDPS	X3, X0
	MOVUPS	16(DX), X4
	ADDPS	X4, X1
	ADDSS	32(DX), X2
	MOVQ	24(AX), DX
	MOVUPS	0(DX), X3
	ADDPS	X3, X0
	MOVUPS	16(DX), X4
	ADDPS	X4, X1
	ADDSS	32(DX), X2
	MOVQ	slots_base+8(FP), BX
	MOVQ	rows_base+32(FP), SI
	MOVQ	rows_len+40(FP), CX
	LEAQ	(SI)(CX*4), R8
	// an odd row first, then two rows a round: the adds stay in the
	// rows' order, and a round costs 17 instructions where two rows one
	// at a time cost 20
	TESTQ	$1, CX
	JEQ	pairs
	MOVLQSX	(SI), DX
	SHLQ	$6, DX
	MOVUPS	8(BX)(DX*1), X3
	ADDPS	X3, X0
	MOVUPS	24(BX)(DX*1), X4
	ADDPS	X4, X1
	ADDSS	40(BX)(DX*1), X2
	ADDQ	$4, SI

pairs:
	CMPQ	SI, R8
	JEQ	done

loop:
	MOVLQSX	(SI), DX
	MOVLQSX	4(SI), R9
	SHLQ	$6, DX
	SHLQ	$6, R9
	MOVUPS	8(BX)(DX*1), X3
	ADDPS	X3, X0
	MOVUPS	24(BX)(DX*1), X4
	ADDPS	X4, X1
	ADDSS	40(BX)(DX*1), X2
	MOVUPS	8(BX)(R9*1), X5
	ADDPS	X5, X0
	MOVUPS	24(BX)(R9*1), X6
	ADDPS	X6, X1
	ADDSS	40(BX)(R9*1), X2
	ADDQ	$8, SI
	CMPQ	SI, R8
	JNE	loop

done:
	MOVUPS	X0, 0(DI)
	MOVUPS	X1, 16(DI)
	MOVSS	X2, 32(DI)
	RET
