using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Orientir.Analytics.Performance;

/// <summary>The Cholesky factor of a small symmetric positive-definite p × p matrix (XᵀV⁻¹X), through MathNet.Numerics.</summary>
internal sealed class SymmetricFactor
{
    private readonly Cholesky<double> _cholesky;
    private readonly int _size;

    private SymmetricFactor(Cholesky<double> cholesky, int size)
    {
        _cholesky = cholesky;
        _size = size;
    }

    /// <param name="rowMajor">The full matrix, row-major.</param>
    public static SymmetricFactor Of(double[] rowMajor, int size) =>
        new(Matrix<double>.Build.Dense(size, size, (i, j) => rowMajor[i * size + j]).Cholesky(), size);

    public double LogDeterminant => _cholesky.DeterminantLn;

    public double[] Solve(double[] rightHandSide) => _cholesky.Solve(Vector<double>.Build.DenseOfArray(rightHandSide)).ToArray();

    /// <summary>The inverse, row-major.</summary>
    public double[] Inverse()
    {
        var inverse = _cholesky.Solve(Matrix<double>.Build.DenseIdentity(_size));
        var result = new double[_size * _size];
        for (var i = 0; i < _size; i++)
        for (var j = 0; j < _size; j++)
            result[i * _size + j] = inverse[i, j];
        return result;
    }
}
